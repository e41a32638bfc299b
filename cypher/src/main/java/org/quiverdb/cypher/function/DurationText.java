package org.quiverdb.cypher.function;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiverdb.cypher.runtime.Arithmetic;
import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.values.value.DurationValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.Value;

/**
 * Durations from ISO text ({@code P1Y2M3W4DT5H6M7.5S}) and from maps of fields, and their text as
 * Neo4j prints it (months as Y/M, days as D, seconds as H/M/S with a fraction). Fractions of a
 * unit cascade down (half a month is 15.2184375 days' worth, as Neo4j averages). Stateless.
 */
final class DurationText {
    private static final Pattern ISO =
            Pattern.compile("([-+]?)P(?:([-+]?[\\d.]+)Y)?(?:([-+]?[\\d.]+)M)?(?:([-+]?[\\d.]+)W)?(?:([-+]?[\\d.]+)D)?"
                    + "(?:T(?:([-+]?[\\d.]+)H)?(?:([-+]?[\\d.]+)M)?(?:([-+]?[\\d.]+)S)?)?");
    /** The ISO 8601 alternative form, {@code P2012-02-02T14:37:21.545}: years, months, days, time. */
    private static final Pattern ALTERNATIVE =
            Pattern.compile("([-+]?)P(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2}):(\\d{2}(?:\\.\\d{1,9})?))?");

    private static final double AVG_DAYS_PER_MONTH = 30.436875;

    private DurationText() {}

    static DurationValue parse(String text) {
        Matcher alt = ALTERNATIVE.matcher(text.strip());
        if (alt.matches()) {
            return alternative(alt);
        }
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches() || text.strip().equals("P") || text.strip().endsWith("T")) {
            throw CypherErrors.argument("Text cannot be parsed to a Duration: '" + text + "'");
        }
        double sign = "-".equals(m.group(1)) ? -1 : 1;
        return build(
                sign * num(m.group(2)) * 12 + sign * num(m.group(3)),
                sign * num(m.group(4)) * 7 + sign * num(m.group(5)),
                sign * num(m.group(6)) * 3600 + sign * num(m.group(7)) * 60 + sign * num(m.group(8)),
                0);
    }

    private static DurationValue alternative(Matcher m) {
        double sign = "-".equals(m.group(1)) ? -1 : 1;
        return build(
                sign * (num(m.group(2)) * 12 + num(m.group(3))),
                sign * num(m.group(4)),
                sign * (num(m.group(5)) * 3600 + num(m.group(6)) * 60 + num(m.group(7))),
                0);
    }

    private static double num(String s) {
        return s == null ? 0 : Double.parseDouble(s);
    }

    static DurationValue fromMap(MapValue m) {
        double months = field(m, "years") * 12 + field(m, "months") + field(m, "quarters") * 3;
        double days = field(m, "weeks") * 7 + field(m, "days");
        double seconds = field(m, "hours") * 3600 + field(m, "minutes") * 60 + field(m, "seconds");
        double nanos = field(m, "milliseconds") * 1_000_000 + field(m, "microseconds") * 1000 + field(m, "nanoseconds");
        return build(months, days, seconds, nanos);
    }

    private static double field(MapValue m, String key) {
        Value v = m.get(key);
        if (v.isNull()) {
            return 0;
        }
        if (!Arithmetic.isNumber(v)) {
            throw CypherErrors.typeError("duration field " + key, v, "a number");
        }
        return Arithmetic.toDouble(v);
    }

    private static DurationValue build(double months, double days, double seconds, double nanos) {
        long wholeMonths = (long) months;
        double allDays = days + (months - wholeMonths) * AVG_DAYS_PER_MONTH;
        long wholeDays = (long) allDays;
        BigDecimal secs = BigDecimal.valueOf(seconds)
                .add(BigDecimal.valueOf(allDays - wholeDays).multiply(BigDecimal.valueOf(86400)))
                .add(BigDecimal.valueOf(nanos).movePointLeft(9));
        BigDecimal whole = secs.setScale(0, java.math.RoundingMode.FLOOR);
        int n = secs.subtract(whole)
                .movePointRight(9)
                .setScale(0, java.math.RoundingMode.HALF_UP)
                .intValue();
        return new DurationValue(wholeMonths, wholeDays, whole.longValueExact(), n);
    }
}
