package org.quiverdb.cypher.plan.physical;

import java.util.Map;
import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.cypher.runtime.ExecutionContext;
import org.quiverdb.cypher.runtime.StatisticsCounter;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.Value;

/**
 * The primitive writes every updating operator uses: set or remove one property (null removes),
 * replace or merge all properties, add or remove labels — each counted in the statistics as Neo4j
 * counts them. Stateless.
 */
final class Writes {
    private Writes() {}

    static void setProperty(Value entity, String key, Value value, ExecutionContext ctx) {
        if (entity.isNull()) {
            return;
        }
        KernelTransaction tx = ctx.tx();
        StatisticsCounter stats = ctx.statistics();
        if (value.isNull()) {
            int k = tx.propertyKeyToken(key);
            if (k == KernelTransaction.NO_TOKEN) {
                return;
            }
            Value old = entity instanceof NodeValue n
                    ? tx.removeNodeProperty(n.id(), k)
                    : tx.removeRelationshipProperty(relationship(entity).id(), k);
            if (!old.isNull()) {
                stats.propertiesSet++;
            }
            return;
        }
        checkStorable(key, value);
        int k = ctx.propertyKeyOrCreate(key);
        if (entity instanceof NodeValue n) {
            tx.setNodeProperty(n.id(), k, value);
        } else {
            tx.setRelationshipProperty(relationship(entity).id(), k, value);
        }
        stats.propertiesSet++;
    }

    private static RelationshipValue relationship(Value v) {
        if (v instanceof RelationshipValue r) {
            return r;
        }
        throw CypherErrors.typeError("property update target", v, "a NODE or RELATIONSHIP");
    }

    static void checkStorable(String key, Value value) {
        if (value.isStorable()) {
            return;
        }
        if (value instanceof ListValue l
                && l.values().stream().allMatch(v -> v.isStorable() && !(v instanceof ListValue))) {
            // mixed-type lists of storable scalars: Neo4j rejects these too
            throw new QuiverException(
                    Status.STATEMENT_TYPE_ERROR,
                    "Property values can only be of primitive types or" + " arrays thereof; '" + key
                            + "' was a list of mixed types");
        }
        throw new QuiverException(
                Status.STATEMENT_TYPE_ERROR,
                "Property values can only be of primitive types or" + " arrays thereof; '" + key + "' was "
                        + value.typeName());
    }

    /** {@code n = map} (replace) or {@code n += map} (merge). */
    static void setProperties(Value entity, Value source, boolean merge, ExecutionContext ctx) {
        if (entity.isNull()) {
            return;
        }
        MapValue map;
        if (source instanceof MapValue m) {
            map = m;
        } else if (source instanceof NodeValue || source instanceof RelationshipValue) {
            map = Properties.all(source, ctx);
        } else if (source.isNull()) {
            map = MapValue.EMPTY;
        } else {
            throw CypherErrors.typeError("SET properties", source, "a MAP");
        }
        if (!merge) {
            MapValue current = Properties.all(entity, ctx);
            for (String key : current.map().keySet()) {
                if (!map.map().containsKey(key)) {
                    setProperty(entity, key, org.quiverdb.values.value.NullValue.NULL, ctx);
                }
            }
        }
        for (Map.Entry<String, Value> e : map.map().entrySet()) {
            setProperty(entity, e.getKey(), e.getValue(), ctx);
        }
    }

    static void addLabel(Value node, String label, ExecutionContext ctx) {
        if (node.isNull()) {
            return;
        }
        if (!(node instanceof NodeValue n)) {
            throw CypherErrors.typeError("SET label", node, "a NODE");
        }
        if (ctx.tx().addLabel(n.id(), ctx.tx().labelTokenOrCreate(label))) {
            ctx.statistics().labelsAdded++;
        }
    }

    static void removeLabel(Value node, String label, ExecutionContext ctx) {
        if (node.isNull()) {
            return;
        }
        if (!(node instanceof NodeValue n)) {
            throw CypherErrors.typeError("REMOVE label", node, "a NODE");
        }
        int t = ctx.tx().labelToken(label);
        if (t != KernelTransaction.NO_TOKEN && ctx.tx().removeLabel(n.id(), t)) {
            ctx.statistics().labelsRemoved++;
        }
    }
}
