package org.quiverdb.values.compare;

import java.math.BigDecimal;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.Value;

/**
 * Exact comparison between INTEGER and FLOAT values: a long and a double are compared by their
 * mathematical values (no rounding of large longs). NaN is handled by the callers. Stateless.
 */
final class NumberComparison {
    private NumberComparison() {}

    static boolean numericEquals(Value a, Value b) {
        if (a instanceof IntegerValue ia && b instanceof IntegerValue ib) {
            return ia.value() == ib.value();
        }
        double da = asDouble(a);
        double db = asDouble(b);
        if (Double.isNaN(da) || Double.isNaN(db)) {
            return false;
        }
        return compareNumbers(a, b) == 0;
    }

    /** Compares two non-NaN numbers exactly. */
    static int compareNumbers(Value a, Value b) {
        if (a instanceof IntegerValue ia && b instanceof IntegerValue ib) {
            return Long.compare(ia.value(), ib.value());
        }
        if (a instanceof FloatValue fa && b instanceof FloatValue fb) {
            return Double.compare(fa.value() == 0.0 ? 0.0 : fa.value(), fb.value() == 0.0 ? 0.0 : fb.value());
        }
        if (a instanceof IntegerValue ia) {
            return -compareDoubleLong(((FloatValue) b).value(), ia.value());
        }
        return compareDoubleLong(((FloatValue) a).value(), ((IntegerValue) b).value());
    }

    private static int compareDoubleLong(double d, long l) {
        if (Double.isInfinite(d)) {
            return d > 0 ? 1 : -1;
        }
        return new BigDecimal(d).compareTo(BigDecimal.valueOf(l));
    }

    static double asDouble(Value v) {
        return v instanceof IntegerValue i ? (double) i.value() : ((FloatValue) v).value();
    }
}
