package org.quiverdb.cypher.function;

import java.util.ArrayList;
import java.util.List;
import org.quiverdb.cypher.plan.physical.Properties;
import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.cypher.runtime.ExecutionContext;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.PathValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/** Functions over nodes, relationships and paths: id, labels, type, keys, nodes, ... Stateless. */
final class GraphFunctions {
    private GraphFunctions() {}

    static void register() {
        Functions.register("id", 1, 1, (a, ctx) -> {
            if (a[0] instanceof NodeValue n) {
                return IntegerValue.of(n.id());
            }
            if (a[0] instanceof RelationshipValue r) {
                return IntegerValue.of(r.id());
            }
            return nullOr(a[0], "id");
        });
        Functions.register("elementId", 1, 1, (a, ctx) -> {
            if (a[0] instanceof NodeValue n) {
                return StringValue.of(ctx.tx().nodeElementId(n.id()));
            }
            if (a[0] instanceof RelationshipValue r) {
                return StringValue.of(ctx.tx().relationshipElementId(r.id()));
            }
            return nullOr(a[0], "elementId");
        });
        Functions.register("labels", 1, 1, GraphFunctions::labels);
        Functions.register("type", 1, 1, (a, ctx) -> {
            if (a[0] instanceof RelationshipValue r) {
                return StringValue.of(r.type());
            }
            return nullOr(a[0], "type");
        });
        Functions.register("keys", 1, 1, (a, ctx) -> {
            if (a[0].isNull()) {
                return NullValue.NULL;
            }
            List<Value> keys = new ArrayList<>();
            Properties.all(a[0], ctx).map().keySet().forEach(k -> keys.add(StringValue.of(k)));
            return new ListValue(keys);
        });
        Functions.register("properties", 1, 1, (a, ctx) -> a[0].isNull() ? NullValue.NULL : Properties.all(a[0], ctx));
        Functions.register("startNode", 1, 1, (a, ctx) -> {
            if (a[0] instanceof RelationshipValue r) {
                return ctx.node(r.startId());
            }
            return nullOr(a[0], "startNode");
        });
        Functions.register("endNode", 1, 1, (a, ctx) -> {
            if (a[0] instanceof RelationshipValue r) {
                return ctx.node(r.endId());
            }
            return nullOr(a[0], "endNode");
        });
        Functions.register("nodes", 1, 1, (a, ctx) -> {
            if (a[0] instanceof PathValue p) {
                return new ListValue(new ArrayList<>(p.nodes()));
            }
            return nullOr(a[0], "nodes");
        });
        Functions.register("relationships", 1, 1, (a, ctx) -> {
            if (a[0] instanceof PathValue p) {
                return new ListValue(new ArrayList<>(p.relationships()));
            }
            return nullOr(a[0], "relationships");
        });
        Functions.register("length", 1, 1, (a, ctx) -> {
            if (a[0] instanceof PathValue p) {
                return IntegerValue.of(p.length());
            }
            return nullOr(a[0], "length");
        });
        Functions.register("  propertiesMatch", 2, 2, (a, ctx) -> {
            if (a[0].isNull() || a[1].isNull()) {
                return NullValue.NULL;
            }
            MapValue expected = map(a[1]);
            org.quiverdb.values.compare.Ternary result = org.quiverdb.values.compare.Ternary.TRUE;
            for (var e : expected.map().entrySet()) {
                result = result.and(org.quiverdb.values.compare.CypherEquality.equal(
                        Properties.get(a[0], e.getKey(), ctx), e.getValue()));
            }
            return result.toValue();
        });
        Functions.register("exists", 1, 1, (a, ctx) -> org.quiverdb.values.value.BooleanValue.of(!a[0].isNull()));
    }

    private static Value labels(Value[] a, ExecutionContext ctx) {
        if (a[0] instanceof NodeValue n) {
            List<Value> out = new ArrayList<>();
            for (int l : ctx.tx().nodeLabels(n.id())) {
                out.add(StringValue.of(ctx.tx().labelName(l)));
            }
            return new ListValue(out);
        }
        return nullOr(a[0], "labels");
    }

    static Value nullOr(Value v, String fn) {
        if (v.isNull()) {
            return NullValue.NULL;
        }
        throw CypherErrors.typeError("argument of " + fn + "()", v, "the type " + fn + "() accepts");
    }

    static MapValue map(Value v) {
        return (MapValue) v;
    }
}
