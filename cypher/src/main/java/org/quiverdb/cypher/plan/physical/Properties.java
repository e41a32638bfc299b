package org.quiverdb.cypher.plan.physical;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiverdb.cypher.function.TemporalFields;
import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.cypher.runtime.ExecutionContext;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/**
 * Property access, subscripts, slices and label checks, reading entities through the
 * transaction by id (so a row's node always shows the transaction's latest writes). Stateless.
 */
public final class Properties {
    private Properties() {}

    public static Value get(Value subject, String key, ExecutionContext ctx) {
        if (subject.isNull()) {
            return NullValue.NULL;
        }
        if (subject instanceof NodeValue n) {
            ctx.dbHit();
            int k = ctx.propertyKey(key);
            return k == KernelTransaction.NO_TOKEN ? NullValue.NULL : ctx.tx().nodeProperty(n.id(), k);
        }
        if (subject instanceof RelationshipValue r) {
            ctx.dbHit();
            int k = ctx.propertyKey(key);
            return k == KernelTransaction.NO_TOKEN ? NullValue.NULL : ctx.tx().relationshipProperty(r.id(), k);
        }
        if (subject instanceof MapValue m) {
            return m.get(key);
        }
        Value t = TemporalFields.get(subject, key);
        if (t != null) {
            return t;
        }
        throw CypherErrors.typeError("property access ." + key, subject, "a NODE, RELATIONSHIP or MAP");
    }

    /** All properties of an entity or the map itself. */
    public static MapValue all(Value subject, ExecutionContext ctx) {
        KernelTransaction tx = ctx.tx();
        Map<String, Value> out = new LinkedHashMap<>();
        if (subject instanceof NodeValue n) {
            for (int k : tx.nodePropertyKeys(n.id())) {
                out.put(tx.propertyKeyName(k), tx.nodeProperty(n.id(), k));
            }
            return new MapValue(out);
        }
        if (subject instanceof RelationshipValue r) {
            for (int k : tx.relationshipPropertyKeys(r.id())) {
                out.put(tx.propertyKeyName(k), tx.relationshipProperty(r.id(), k));
            }
            return new MapValue(out);
        }
        if (subject instanceof MapValue m) {
            return m;
        }
        throw CypherErrors.typeError("properties", subject, "a NODE, RELATIONSHIP or MAP");
    }

    public static Value subscript(Value subject, Value index, ExecutionContext ctx) {
        if (subject.isNull() || index.isNull()) {
            return NullValue.NULL;
        }
        if (subject instanceof ListValue l) {
            if (!(index instanceof IntegerValue i)) {
                throw CypherErrors.typeError("list index", index, "an INTEGER");
            }
            long idx = i.value() < 0 ? l.size() + i.value() : i.value();
            return idx < 0 || idx >= l.size() ? NullValue.NULL : l.get((int) idx);
        }
        if (subject instanceof MapValue || subject instanceof NodeValue || subject instanceof RelationshipValue) {
            if (!(index instanceof StringValue s)) {
                throw CypherErrors.typeError("map key", index, "a STRING");
            }
            return get(subject, s.value(), ctx);
        }
        throw CypherErrors.typeError("subscript", subject, "a LIST or MAP");
    }

    public static Value slice(Value subject, Value from, Value to) {
        if (subject.isNull() || (from != null && from.isNull()) || (to != null && to.isNull())) {
            return NullValue.NULL;
        }
        if (!(subject instanceof ListValue l)) {
            throw CypherErrors.typeError("list slice", subject, "a LIST");
        }
        int size = l.size();
        long start = from == null ? 0 : bound(from, size);
        long end = to == null ? size : bound(to, size);
        if (start >= end) {
            return ListValue.EMPTY;
        }
        return new ListValue(new ArrayList<>(l.values().subList((int) start, (int) end)));
    }

    private static long bound(Value v, int size) {
        if (!(v instanceof IntegerValue i)) {
            throw CypherErrors.typeError("list slice bound", v, "an INTEGER");
        }
        long b = i.value() < 0 ? size + i.value() : i.value();
        return Math.max(0, Math.min(size, b));
    }

    public static Value hasLabels(Value subject, List<String> labels, ExecutionContext ctx) {
        if (subject.isNull()) {
            return NullValue.NULL;
        }
        if (subject instanceof NodeValue n) {
            for (String label : labels) {
                ctx.dbHit();
                int t = ctx.tx().labelToken(label);
                if (t == KernelTransaction.NO_TOKEN || !ctx.tx().nodeHasLabel(n.id(), t)) {
                    return BooleanValue.FALSE;
                }
            }
            return BooleanValue.TRUE;
        }
        if (subject instanceof RelationshipValue r) {
            return BooleanValue.of(labels.size() == 1 && labels.get(0).equals(r.type()));
        }
        throw CypherErrors.typeError("label check", subject, "a NODE");
    }
}
