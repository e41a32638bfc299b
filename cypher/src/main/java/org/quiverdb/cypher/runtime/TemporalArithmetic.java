package org.quiverdb.cypher.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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
    private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.436875");
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

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
        return fractional(d, BigDecimal.ONE.divide(BigDecimal.valueOf(divisor), MathContext.DECIMAL128));
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
        return fractional(d, BigDecimal.valueOf(factor));
    }

    /**
     * Scales in decimal: fractions of a month cascade into days (30.436875 per month), fractions of a
     * day into seconds; sub-nanosecond remainders are truncated, as Neo4j does.
     */
    private static Value fractional(DurationValue d, BigDecimal factor) {
        BigDecimal months = BigDecimal.valueOf(d.months()).multiply(factor);
        long wholeMonths = months.longValue();
        BigDecimal days = BigDecimal.valueOf(d.days())
                .multiply(factor)
                .add(months.subtract(BigDecimal.valueOf(wholeMonths)).multiply(DAYS_PER_MONTH));
        long wholeDays = days.longValue();
        BigDecimal seconds = BigDecimal.valueOf(d.seconds())
                .add(BigDecimal.valueOf(d.nanos(), 9))
                .multiply(factor)
                .add(days.subtract(BigDecimal.valueOf(wholeDays)).multiply(SECONDS_PER_DAY));
        BigDecimal wholeSeconds = seconds.setScale(0, RoundingMode.FLOOR);
        int nanos = seconds.subtract(wholeSeconds)
                .movePointRight(9)
                .setScale(0, RoundingMode.DOWN)
                .intValue();
        return new DurationValue(wholeMonths, wholeDays, wholeSeconds.longValueExact(), nanos);
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
