package org.quiverdb.cypher.runtime;

import java.time.Duration;
import java.time.Period;
import java.time.temporal.Temporal;
import org.quiverdb.values.value.DateTimeValue;
import org.quiverdb.values.value.DateValue;
import org.quiverdb.values.value.DurationValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.LocalDateTimeValue;
import org.quiverdb.values.value.LocalTimeValue;
import org.quiverdb.values.value.TimeValue;
import org.quiverdb.values.value.Value;

/**
 * Arithmetic between temporal values and durations: instant ± duration (months, then days, then
 * seconds, as Neo4j applies them), duration ± duration, duration × or ÷ number. Each method
 * returns null when its operands are not temporal, so the caller reports the type error. Stateless.
 */
final class TemporalArithmetic {
    private TemporalArithmetic() {}

    static Value add(Value a, Value b) {
        if (a instanceof DurationValue x && b instanceof DurationValue y) {
            return new DurationValue(
                    Math.addExact(x.months(), y.months()),
                    Math.addExact(x.days(), y.days()),
                    Math.addExact(x.seconds(), y.seconds()),
                    x.nanos() + y.nanos());
        }
        if (b instanceof DurationValue d) {
            return shift(a, d, 1);
        }
        if (a instanceof DurationValue d) {
            return shift(b, d, 1);
        }
        return null;
    }

    static Value subtract(Value a, Value b) {
        if (a instanceof DurationValue x && b instanceof DurationValue y) {
            return add(x, Arithmetic.negate(y));
        }
        if (b instanceof DurationValue d) {
            return shift(a, d, -1);
        }
        return null;
    }

    static Value multiply(Value a, Value b) {
        if (a instanceof DurationValue d && Arithmetic.isNumber(b)) {
            return scale(d, Arithmetic.toDouble(b), b instanceof IntegerValue);
        }
        if (b instanceof DurationValue d && Arithmetic.isNumber(a)) {
            return scale(d, Arithmetic.toDouble(a), a instanceof IntegerValue);
        }
        return null;
    }

    static Value divide(DurationValue d, double divisor) {
        if (divisor == 0) {
            throw CypherErrors.arithmetic("/ by zero");
        }
        return scale(d, 1 / divisor, false);
    }

    private static Value scale(DurationValue d, double factor, boolean exact) {
        if (exact) {
            long f = (long) factor;
            long nanos = d.nanos() * f;
            return new DurationValue(
                    Math.multiplyExact(d.months(), f),
                    Math.multiplyExact(d.days(), f),
                    Math.addExact(Math.multiplyExact(d.seconds(), f), Math.floorDiv(nanos, 1_000_000_000L)),
                    (int) Math.floorMod(nanos, 1_000_000_000L));
        }
        double months = d.months() * factor;
        double days = d.days() * factor + (months - (long) months) * 30.436875;
        double seconds = (d.seconds() + d.nanos() / 1e9) * factor + (days - (long) days) * 86400;
        long wholeSeconds = (long) Math.floor(seconds);
        return new DurationValue(
                (long) months, (long) days, wholeSeconds, (int) Math.round((seconds - wholeSeconds) * 1e9));
    }

    private static Value shift(Value t, DurationValue d, int sign) {
        Period period = Period.ofMonths((int) (sign * d.months())).plusDays(sign * d.days());
        Duration time = Duration.ofSeconds(sign * d.seconds(), (long) sign * d.nanos());
        if (t instanceof DateValue x) {
            return new DateValue(x.value().plus(period).plusDays(time.toDays()));
        }
        if (t instanceof LocalDateTimeValue x) {
            return new LocalDateTimeValue(plus(x.value(), period, time));
        }
        if (t instanceof DateTimeValue x) {
            return new DateTimeValue(plus(x.value(), period, time));
        }
        if (t instanceof LocalTimeValue x) {
            return new LocalTimeValue(x.value().plus(time));
        }
        if (t instanceof TimeValue x) {
            return new TimeValue(x.value().plus(time));
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Temporal> T plus(T t, Period p, Duration d) {
        return (T) t.plus(p).plus(d);
    }
}
