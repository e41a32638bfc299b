package org.quiverdb.values.compare;

import java.util.Map;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.DateTimeValue;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.PathValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.TimeValue;
import org.quiverdb.values.value.Value;

/**
 * Cypher's {@code =}: null on either side gives UNKNOWN (also inside lists and maps), numbers
 * compare by mathematical value across INTEGER and FLOAT, NaN equals nothing, values of different
 * types are unequal, nodes and relationships are equal when their ids are. Stateless.
 */
public final class CypherEquality {
    private CypherEquality() {}

    public static Ternary equal(Value a, Value b) {
        if (a.isNull() || b.isNull()) {
            return Ternary.UNKNOWN;
        }
        if (a instanceof ListValue la) {
            return b instanceof ListValue lb ? lists(la, lb) : Ternary.FALSE;
        }
        if (a instanceof MapValue ma) {
            return b instanceof MapValue mb ? maps(ma, mb) : Ternary.FALSE;
        }
        if (isNumber(a) && isNumber(b)) {
            return Ternary.of(NumberComparison.numericEquals(a, b));
        }
        return Ternary.of(sameScalar(a, b));
    }

    static boolean isNumber(Value v) {
        return v instanceof IntegerValue || v instanceof FloatValue;
    }

    private static boolean sameScalar(Value a, Value b) {
        if (a instanceof NodeValue na) {
            return b instanceof NodeValue nb && na.id() == nb.id();
        }
        if (a instanceof RelationshipValue ra) {
            return b instanceof RelationshipValue rb && ra.id() == rb.id();
        }
        if (a instanceof PathValue pa) {
            return b instanceof PathValue pb && pathEquals(pa, pb);
        }
        if (a instanceof DateTimeValue da && b instanceof DateTimeValue db) {
            return da.value().toInstant().equals(db.value().toInstant())
                    && da.value().getOffset().equals(db.value().getOffset());
        }
        if (a instanceof TimeValue ta && b instanceof TimeValue tb) {
            return ta.value().isEqual(tb.value());
        }
        if (a instanceof BooleanValue) {
            return a == b;
        }
        return a.equals(b);
    }

    private static boolean pathEquals(PathValue a, PathValue b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.nodes().size(); i++) {
            if (a.nodes().get(i).id() != b.nodes().get(i).id()) {
                return false;
            }
        }
        for (int i = 0; i < a.relationships().size(); i++) {
            if (a.relationships().get(i).id() != b.relationships().get(i).id()) {
                return false;
            }
        }
        return true;
    }

    private static Ternary lists(ListValue a, ListValue b) {
        if (a.size() != b.size()) {
            return Ternary.FALSE;
        }
        Ternary result = Ternary.TRUE;
        for (int i = 0; i < a.size(); i++) {
            result = result.and(equal(a.get(i), b.get(i)));
            if (result == Ternary.FALSE) {
                return result;
            }
        }
        return result;
    }

    private static Ternary maps(MapValue a, MapValue b) {
        if (!a.map().keySet().equals(b.map().keySet())) {
            return Ternary.FALSE;
        }
        Ternary result = Ternary.TRUE;
        for (Map.Entry<String, Value> e : a.map().entrySet()) {
            result = result.and(equal(e.getValue(), b.get(e.getKey())));
            if (result == Ternary.FALSE) {
                return result;
            }
        }
        return result;
    }
}
