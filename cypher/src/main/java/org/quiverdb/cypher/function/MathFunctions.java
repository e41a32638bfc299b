package org.quiverdb.cypher.function;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.DoubleUnaryOperator;
import org.quiverdb.cypher.runtime.Arithmetic;
import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/** Numeric functions: abs, ceil, floor, round, sign, sqrt, logs, trigonometry, rand. Stateless. */
final class MathFunctions {
    private MathFunctions() {}

    static void register() {
        Functions.register("abs", 1, 1, (a, ctx) -> {
            if (a[0] instanceof IntegerValue i) {
                if (i.value() == Long.MIN_VALUE) {
                    throw CypherErrors.arithmetic("integer overflow: abs(" + i.value() + ")");
                }
                return IntegerValue.of(Math.abs(i.value()));
            }
            return unary(a[0], "abs", Math::abs);
        });
        Functions.register("ceil", 1, 1, (a, ctx) -> unary(a[0], "ceil", Math::ceil));
        Functions.register("floor", 1, 1, (a, ctx) -> unary(a[0], "floor", Math::floor));
        Functions.register("round", 1, 3, (a, ctx) -> round(a));
        Functions.register("sign", 1, 1, (a, ctx) -> {
            if (a[0] instanceof IntegerValue i) {
                return IntegerValue.of(Long.signum(i.value()));
            }
            Value v = unary(a[0], "sign", Math::signum);
            return v instanceof FloatValue f ? IntegerValue.of((long) f.value()) : v;
        });
        Functions.register("sqrt", 1, 1, (a, ctx) -> unary(a[0], "sqrt", Math::sqrt));
        Functions.register("exp", 1, 1, (a, ctx) -> unary(a[0], "exp", Math::exp));
        Functions.register("log", 1, 1, (a, ctx) -> unary(a[0], "log", Math::log));
        Functions.register("log10", 1, 1, (a, ctx) -> unary(a[0], "log10", Math::log10));
        Functions.register("sin", 1, 1, (a, ctx) -> unary(a[0], "sin", Math::sin));
        Functions.register("cos", 1, 1, (a, ctx) -> unary(a[0], "cos", Math::cos));
        Functions.register("tan", 1, 1, (a, ctx) -> unary(a[0], "tan", Math::tan));
        Functions.register("cot", 1, 1, (a, ctx) -> unary(a[0], "cot", x -> 1 / Math.tan(x)));
        Functions.register("asin", 1, 1, (a, ctx) -> unary(a[0], "asin", Math::asin));
        Functions.register("acos", 1, 1, (a, ctx) -> unary(a[0], "acos", Math::acos));
        Functions.register("atan", 1, 1, (a, ctx) -> unary(a[0], "atan", Math::atan));
        Functions.register("degrees", 1, 1, (a, ctx) -> unary(a[0], "degrees", Math::toDegrees));
        Functions.register("radians", 1, 1, (a, ctx) -> unary(a[0], "radians", Math::toRadians));
        Functions.register("haversin", 1, 1, (a, ctx) -> unary(a[0], "haversin", x -> (1 - Math.cos(x)) / 2));
        Functions.register("atan2", 2, 2, (a, ctx) -> {
            if (a[0].isNull() || a[1].isNull()) {
                return NullValue.NULL;
            }
            return FloatValue.of(Math.atan2(number(a[0], "atan2"), number(a[1], "atan2")));
        });
        Functions.register("pi", 0, 0, (a, ctx) -> FloatValue.of(Math.PI));
        Functions.register("e", 0, 0, (a, ctx) -> FloatValue.of(Math.E));
        Functions.register("rand", 0, 0, (a, ctx) -> FloatValue.of(ctx.random().nextDouble()));
        Functions.register("randomUUID", 0, 0, (a, ctx) -> {
            long hi = ctx.random().nextLong();
            long lo = ctx.random().nextLong();
            hi = (hi & ~0xF000L) | 0x4000L;
            lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return StringValue.of(new java.util.UUID(hi, lo).toString());
        });
    }

    static double number(Value v, String fn) {
        if (Arithmetic.isNumber(v)) {
            return Arithmetic.toDouble(v);
        }
        throw CypherErrors.typeError("argument of " + fn + "()", v, "a number");
    }

    private static Value unary(Value v, String fn, DoubleUnaryOperator op) {
        if (v.isNull()) {
            return NullValue.NULL;
        }
        return FloatValue.of(op.applyAsDouble(number(v, fn)));
    }

    private static Value round(Value[] a) {
        if (a[0].isNull()) {
            return NullValue.NULL;
        }
        double x = number(a[0], "round");
        if (a.length == 1) {
            return FloatValue.of(Math.floor(x + 0.5));
        }
        if (a[1].isNull() || Double.isNaN(x) || Double.isInfinite(x)) {
            return a[1].isNull() ? NullValue.NULL : FloatValue.of(x);
        }
        int precision = (int) ListFunctions.integer(a[1], "round");
        RoundingMode mode = RoundingMode.HALF_UP;
        if (a.length == 3 && a[2] instanceof StringValue s) {
            try {
                mode = RoundingMode.valueOf(s.value());
            } catch (IllegalArgumentException e) {
                throw CypherErrors.argument("Unknown rounding mode: '" + s.value() + "'");
            }
        }
        return FloatValue.of(
                new BigDecimal(Double.toString(x)).setScale(precision, mode).doubleValue());
    }
}
