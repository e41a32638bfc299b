package org.quiverdb.cypher.runtime;

import java.util.ArrayList;
import java.util.List;
import org.quiverdb.values.value.DurationValue;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/**
 * Cypher's arithmetic: null propagates, INTEGER overflow is an ArithmeticError (never wraps),
 * integer division by zero is an ArithmeticError, float arithmetic follows IEEE 754, {@code +}
 * also concatenates strings and lists. Stateless.
 */
public final class Arithmetic {
    private Arithmetic() {}

    public static Value add(Value a, Value b) {
        if (a.isNull() || b.isNull()) {
            return NullValue.NULL;
        }
        if (a instanceof ListValue la) {
            List<Value> out = new ArrayList<>(la.values());
            if (b instanceof ListValue lb) {
                out.addAll(lb.values());
            } else {
                out.add(b);
            }
            return new ListValue(out);
        }
        if (b instanceof ListValue lb) {
            List<Value> out = new ArrayList<>();
            out.add(a);
            out.addAll(lb.values());
            return new ListValue(out);
        }
        if (a instanceof StringValue || b instanceof StringValue) {
            if (a instanceof StringValue || isNumber(a)) {
                if (b instanceof StringValue || isNumber(b)) {
                    return StringValue.of(text(a) + text(b));
                }
            }
            throw invalid("+", a, b);
        }
        if (a instanceof IntegerValue x && b instanceof IntegerValue y) {
            try {
                return IntegerValue.of(Math.addExact(x.value(), y.value()));
            } catch (ArithmeticException e) {
                throw overflow(x, "+", y);
            }
        }
        if (isNumber(a) && isNumber(b)) {
            return FloatValue.of(toDouble(a) + toDouble(b));
        }
        Value t = TemporalArithmetic.add(a, b);
        if (t != null) {
            return t;
        }
        throw invalid("+", a, b);
    }

    public static Value subtract(Value a, Value b) {
        if (a.isNull() || b.isNull()) {
            return NullValue.NULL;
        }
        if (a instanceof IntegerValue x && b instanceof IntegerValue y) {
            try {
                return IntegerValue.of(Math.subtractExact(x.value(), y.value()));
            } catch (ArithmeticException e) {
                throw overflow(x, "-", y);
            }
        }
        if (isNumber(a) && isNumber(b)) {
            return FloatValue.of(toDouble(a) - toDouble(b));
        }
        Value t = TemporalArithmetic.subtract(a, b);
        if (t != null) {
            return t;
        }
        throw invalid("-", a, b);
    }

    public static Value multiply(Value a, Value b) {
        if (a.isNull() || b.isNull()) {
            return NullValue.NULL;
        }
        if (a instanceof IntegerValue x && b instanceof IntegerValue y) {
            try {
                return IntegerValue.of(Math.multiplyExact(x.value(), y.value()));
            } catch (ArithmeticException e) {
                throw overflow(x, "*", y);
            }
        }
        if (isNumber(a) && isNumber(b)) {
            return FloatValue.of(toDouble(a) * toDouble(b));
        }
        Value t = TemporalArithmetic.multiply(a, b);
        if (t != null) {
            return t;
        }
        throw invalid("*", a, b);
    }

    public static Value divide(Value a, Value b) {
        if (a.isNull() || b.isNull()) {
            return NullValue.NULL;
        }
        if (a instanceof IntegerValue x && b instanceof IntegerValue y) {
            if (y.value() == 0) {
                throw CypherErrors.arithmetic("/ by zero");
            }
            if (x.value() == Long.MIN_VALUE && y.value() == -1) {
                throw overflow(x, "/", y);
            }
            return IntegerValue.of(x.value() / y.value());
        }
        if (isNumber(a) && isNumber(b)) {
            return FloatValue.of(toDouble(a) / toDouble(b));
        }
        if (a instanceof DurationValue d && isNumber(b)) {
            return TemporalArithmetic.divide(d, toDouble(b));
        }
        throw invalid("/", a, b);
    }

    public static Value modulo(Value a, Value b) {
        if (a.isNull() || b.isNull()) {
            return NullValue.NULL;
        }
        if (a instanceof IntegerValue x && b instanceof IntegerValue y) {
            if (y.value() == 0) {
                throw CypherErrors.arithmetic("/ by zero");
            }
            return IntegerValue.of(x.value() % y.value());
        }
        if (isNumber(a) && isNumber(b)) {
            return FloatValue.of(toDouble(a) % toDouble(b));
        }
        throw invalid("%", a, b);
    }

    public static Value power(Value a, Value b) {
        if (a.isNull() || b.isNull()) {
            return NullValue.NULL;
        }
        if (isNumber(a) && isNumber(b)) {
            return FloatValue.of(Math.pow(toDouble(a), toDouble(b)));
        }
        throw invalid("^", a, b);
    }

    public static Value negate(Value a) {
        if (a.isNull()) {
            return NullValue.NULL;
        }
        if (a instanceof IntegerValue x) {
            if (x.value() == Long.MIN_VALUE) {
                throw CypherErrors.arithmetic("integer overflow: -(" + x.value() + ")");
            }
            return IntegerValue.of(-x.value());
        }
        if (a instanceof FloatValue f) {
            return FloatValue.of(-f.value());
        }
        if (a instanceof DurationValue d) {
            return new DurationValue(
                    -d.months(),
                    -d.days(),
                    -d.seconds() - (d.nanos() > 0 ? 1 : 0),
                    d.nanos() > 0 ? 1_000_000_000 - d.nanos() : 0);
        }
        throw CypherErrors.typeError("unary minus", a, "a number");
    }

    public static boolean isNumber(Value v) {
        return v instanceof IntegerValue || v instanceof FloatValue;
    }

    public static double toDouble(Value v) {
        return v instanceof IntegerValue i ? (double) i.value() : ((FloatValue) v).value();
    }

    private static String text(Value v) {
        if (v instanceof StringValue s) {
            return s.value();
        }
        if (v instanceof FloatValue f) {
            return Double.toString(f.value());
        }
        return Long.toString(((IntegerValue) v).value());
    }

    private static RuntimeException overflow(IntegerValue a, String op, IntegerValue b) {
        return CypherErrors.arithmetic("integer overflow: " + a.value() + " " + op + " " + b.value()
                + " (expected: a result within -2^63 .. 2^63-1)");
    }

    private static RuntimeException invalid(String op, Value a, Value b) {
        return new org.quiverdb.kernel.api.QuiverException(
                org.quiverdb.kernel.api.Status.STATEMENT_TYPE_ERROR,
                "Cannot apply '" + op + "' to " + a.typeName() + " (" + ValueText.of(a) + ") and " + b.typeName() + " ("
                        + ValueText.of(b) + ")");
    }
}
