package org.quiverdb.values.compare;

import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.DateTimeValue;
import org.quiverdb.values.value.DateValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.LocalDateTimeValue;
import org.quiverdb.values.value.LocalTimeValue;
import org.quiverdb.values.value.PointValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.TimeValue;
import org.quiverdb.values.value.Value;

/**
 * Cypher's {@code <, <=, >, >=}: values compare only within one comparable type (numbers, strings,
 * booleans, one temporal type, lists element by element); anything else, null or NaN gives
 * UNKNOWN. Stateless.
 */
public final class Comparability {
    private Comparability() {}

    /** The sign of a compared to b, or null when the two are not comparable. */
    public static Integer compare(Value a, Value b) {
        if (a.isNull() || b.isNull()) {
            return null;
        }
        if (CypherEquality.isNumber(a) && CypherEquality.isNumber(b)) {
            if (Double.isNaN(NumberComparison.asDouble(a)) || Double.isNaN(NumberComparison.asDouble(b))) {
                return null;
            }
            return NumberComparison.compareNumbers(a, b);
        }
        if (a instanceof StringValue sa && b instanceof StringValue sb) {
            return Integer.signum(sa.value().compareTo(sb.value()));
        }
        if (a instanceof BooleanValue ba && b instanceof BooleanValue bb) {
            return Boolean.compare(ba.booleanValue(), bb.booleanValue());
        }
        if (a instanceof ListValue la && b instanceof ListValue lb) {
            return lists(la, lb);
        }
        return temporal(a, b);
    }

    private static Integer lists(ListValue a, ListValue b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            Integer c = compare(a.get(i), b.get(i));
            if (c == null) {
                return null;
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static Integer temporal(Value a, Value b) {
        if (a instanceof DateValue x && b instanceof DateValue y) {
            return Integer.signum(x.value().compareTo(y.value()));
        }
        if (a instanceof LocalTimeValue x && b instanceof LocalTimeValue y) {
            return Integer.signum(x.value().compareTo(y.value()));
        }
        if (a instanceof TimeValue x && b instanceof TimeValue y) {
            return Integer.signum(x.value().compareTo(y.value()));
        }
        if (a instanceof LocalDateTimeValue x && b instanceof LocalDateTimeValue y) {
            return Integer.signum(x.value().compareTo(y.value()));
        }
        if (a instanceof DateTimeValue x && b instanceof DateTimeValue y) {
            return Integer.signum(x.value().toInstant().compareTo(y.value().toInstant()));
        }
        if (a instanceof PointValue x && b instanceof PointValue y && x.srid() == y.srid()) {
            return points(x, y);
        }
        return null;
    }

    private static Integer points(PointValue a, PointValue b) {
        boolean allLe = true;
        boolean allGe = true;
        for (int i = 0; i < a.dimension(); i++) {
            int c = Double.compare(a.coordinate(i), b.coordinate(i));
            allLe &= c <= 0;
            allGe &= c >= 0;
        }
        if (allLe && allGe) {
            return 0;
        }
        if (allLe) {
            return -1;
        }
        return allGe ? Integer.valueOf(1) : null;
    }
}
