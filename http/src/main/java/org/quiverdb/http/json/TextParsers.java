package org.quiverdb.http.json;

import java.time.Duration;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.quiverdb.values.value.DurationValue;
import org.quiverdb.values.value.PointValue;

/**
 * Parses the text forms {@link TemporalText} and {@link SpatialText} print: ISO-8601 durations and
 * extended WKT points. Throws {@link IllegalArgumentException} (or a subclass) saying what was
 * expected. Stateless.
 */
final class TextParsers {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private TextParsers() {}

    /** {@code P1Y2M3DT4H5M6.5S}: the date part by {@link Period}, the time part by {@link Duration}. */
    static DurationValue duration(String text) {
        int t = text.indexOf('T');
        String datePart = t < 0 ? text : text.substring(0, t);
        long months = 0;
        long days = 0;
        if (datePart.length() > 1) {
            Period period = Period.parse(datePart);
            months = period.toTotalMonths();
            days = period.get(ChronoUnit.DAYS);
        } else if (!datePart.equals("P")) {
            throw new IllegalArgumentException("expected: ISO-8601 duration text such as P1DT2H");
        }
        long seconds = 0;
        int nanos = 0;
        if (t >= 0) {
            Duration time = Duration.parse("P" + text.substring(t));
            seconds = time.getSeconds();
            nanos = time.getNano();
        }
        return new DurationValue(months, days, seconds, nanos);
    }

    /** {@code SRID=4326;POINT (x y)} or {@code SRID=4979;POINT Z (x y z)}. */
    static PointValue point(String text) {
        String expected = "expected: SRID=<srid>;POINT [Z] (<x> <y> [<z>])";
        int semicolon = text.indexOf(';');
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        if (!text.startsWith("SRID=") || semicolon < 0 || open < semicolon || close < open) {
            throw new IllegalArgumentException(expected);
        }
        int srid = Integer.parseInt(text.substring(5, semicolon).trim());
        double[] coordinates = WHITESPACE
                .splitAsStream(text.substring(open + 1, close).trim())
                .mapToDouble(Double::parseDouble)
                .toArray();
        return PointValue.of(srid, coordinates);
    }
}
