package org.quiverdb.cypher.function;

import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/** Type conversions: toString, toInteger, toFloat, toBoolean, their OrNull forms. Stateless. */
final class ConversionFunctions {
    private ConversionFunctions() {}

    static void register() {
        Functions.register("toString", 1, 1, (a, ctx) -> toStringValue(a[0], true));
        Functions.register("toStringOrNull", 1, 1, (a, ctx) -> toStringValue(a[0], false));
        Functions.register("toInteger", 1, 1, (a, ctx) -> toInteger(a[0], true));
        Functions.register("toIntegerOrNull", 1, 1, (a, ctx) -> toInteger(a[0], false));
        Functions.register("toFloat", 1, 1, (a, ctx) -> toFloat(a[0], true));
        Functions.register("toFloatOrNull", 1, 1, (a, ctx) -> toFloat(a[0], false));
        Functions.register("toBoolean", 1, 1, (a, ctx) -> toBoolean(a[0], true));
        Functions.register("toBooleanOrNull", 1, 1, (a, ctx) -> toBoolean(a[0], false));
        Functions.register("toStringList", 1, 1, (a, ctx) -> each(a[0], v -> toStringValue(v, false)));
        Functions.register("toIntegerList", 1, 1, (a, ctx) -> each(a[0], v -> toInteger(v, false)));
        Functions.register("toFloatList", 1, 1, (a, ctx) -> each(a[0], v -> toFloat(v, false)));
        Functions.register("toBooleanList", 1, 1, (a, ctx) -> each(a[0], v -> toBoolean(v, false)));
    }

    private static Value each(Value v, java.util.function.UnaryOperator<Value> f) {
        if (v.isNull()) {
            return NullValue.NULL;
        }
        ListValue l = ListFunctions.list(v, "conversion");
        return new ListValue(l.values().stream().map(f).toList());
    }

    private static Value fail(Value v, boolean strict, String fn) {
        if (strict) {
            throw CypherErrors.typeError("argument of " + fn + "()", v, "a convertible value");
        }
        return NullValue.NULL;
    }

    static Value toStringValue(Value v, boolean strict) {
        if (v.isNull() || v instanceof StringValue) {
            return v;
        }
        if (v instanceof IntegerValue i) {
            return StringValue.of(Long.toString(i.value()));
        }
        if (v instanceof FloatValue f) {
            return StringValue.of(Double.toString(f.value()));
        }
        if (v instanceof BooleanValue b) {
            return StringValue.of(b.booleanValue() ? "true" : "false");
        }
        String t = TemporalFunctions.text(v);
        if (t != null) {
            return StringValue.of(t);
        }
        return fail(v, strict, "toString");
    }

    static Value toInteger(Value v, boolean strict) {
        if (v.isNull() || v instanceof IntegerValue) {
            return v;
        }
        if (v instanceof FloatValue f) {
            if (Double.isNaN(f.value()) || Double.isInfinite(f.value())) {
                return fail(v, strict, "toInteger");
            }
            double d = f.value();
            if (d >= 0x1p63 || d < -0x1p63) {
                throw CypherErrors.arithmetic("integer overflow: toInteger(" + d + ")");
            }
            return IntegerValue.of((long) d);
        }
        if (v instanceof BooleanValue b) {
            return IntegerValue.of(b.booleanValue() ? 1 : 0);
        }
        if (v instanceof StringValue s) {
            String t = s.value().strip();
            try {
                return IntegerValue.of(Long.parseLong(t));
            } catch (NumberFormatException e) {
                try {
                    double d = Double.parseDouble(t);
                    return Double.isNaN(d) || Double.isInfinite(d) ? NullValue.NULL : IntegerValue.of((long) d);
                } catch (NumberFormatException e2) {
                    return NullValue.NULL;
                }
            }
        }
        return fail(v, strict, "toInteger");
    }

    static Value toFloat(Value v, boolean strict) {
        if (v.isNull() || v instanceof FloatValue) {
            return v;
        }
        if (v instanceof IntegerValue i) {
            return FloatValue.of((double) i.value());
        }
        if (v instanceof StringValue s) {
            try {
                return FloatValue.of(Double.parseDouble(s.value().strip()));
            } catch (NumberFormatException e) {
                return NullValue.NULL;
            }
        }
        return fail(v, strict, "toFloat");
    }

    static Value toBoolean(Value v, boolean strict) {
        if (v.isNull() || v instanceof BooleanValue) {
            return v;
        }
        if (v instanceof StringValue s) {
            String t = s.value().strip();
            if (t.equalsIgnoreCase("true")) {
                return BooleanValue.TRUE;
            }
            return t.equalsIgnoreCase("false") ? BooleanValue.FALSE : NullValue.NULL;
        }
        if (v instanceof IntegerValue i) {
            return BooleanValue.of(i.value() != 0);
        }
        return fail(v, strict, "toBoolean");
    }
}
