package org.quiverdb.values.compare;

import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.Value;

/**
 * A value wrapped so Java's {@code equals}/{@code hashCode} are Cypher equivalence (DISTINCT and
 * grouping keys): like equality, but null is equivalent to null, NaN to NaN, and 1 to 1.0.
 * Immutable.
 */
public final class EquivalenceKey {
    private final Value value;
    private final int hash;

    public EquivalenceKey(Value value) {
        this.value = value;
        this.hash = hashOf(value);
    }

    public Value value() {
        return value;
    }

    private static int hashOf(Value v) {
        if (v instanceof IntegerValue i) {
            return Double.hashCode((double) i.value());
        }
        if (v instanceof FloatValue f) {
            return Double.hashCode(f.value() == 0.0 ? 0.0 : f.value());
        }
        if (v instanceof ListValue l) {
            int h = 1;
            for (Value e : l.values()) {
                h = 31 * h + hashOf(e);
            }
            return h;
        }
        if (v instanceof MapValue m) {
            int h = 0;
            for (var e : m.map().entrySet()) {
                h += e.getKey().hashCode() ^ hashOf(e.getValue());
            }
            return h;
        }
        if (v instanceof NodeValue n) {
            return Long.hashCode(n.id());
        }
        if (v instanceof RelationshipValue r) {
            return 7 * Long.hashCode(r.id());
        }
        return v.hashCode();
    }

    /** Whether two values are equivalent. */
    public static boolean equivalent(Value a, Value b) {
        if (a.isNull() || b.isNull()) {
            return a.isNull() && b.isNull();
        }
        if (a instanceof FloatValue fa && b instanceof FloatValue fb && Double.isNaN(fa.value())) {
            return Double.isNaN(fb.value());
        }
        if (a instanceof ListValue la && b instanceof ListValue lb) {
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!equivalent(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof MapValue ma && b instanceof MapValue mb) {
            if (!ma.map().keySet().equals(mb.map().keySet())) {
                return false;
            }
            for (var e : ma.map().entrySet()) {
                if (!equivalent(e.getValue(), mb.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return CypherEquality.equal(a, b) == Ternary.TRUE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EquivalenceKey k && hash == k.hash && equivalent(value, k.value);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "EquivalenceKey[" + value + "]";
    }
}
