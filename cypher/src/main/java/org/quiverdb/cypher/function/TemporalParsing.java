package org.quiverdb.cypher.function;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.values.value.DateTimeValue;
import org.quiverdb.values.value.DateValue;
import org.quiverdb.values.value.LocalDateTimeValue;
import org.quiverdb.values.value.LocalTimeValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.TimeValue;
import org.quiverdb.values.value.Value;

/**
 * Parses the ISO 8601 forms Cypher accepts (extended and basic, week and ordinal dates, fractional
 * seconds, offsets and {@code [Region/Zone]}) and prints times as Neo4j does. Stateless.
 */
final class TemporalParsing {
    private static final Pattern DATE =
            Pattern.compile("([+-]\\d{4,9}|\\d{4})(?:-?(\\d{2})(?:-?(\\d{2}))?|-?W(\\d{2})(?:-?(\\d))?|-?(\\d{3}))?");
    private static final Pattern TIME = Pattern.compile("(\\d{2})(?::?(\\d{2})(?::?(\\d{2})(?:[.,](\\d{1,9}))?)?)?");
    private static final Pattern ZONE = Pattern.compile("(Z|[+-]\\d{2}(?::?\\d{2})?)?(?:\\[([^\\]]+)])?");

    private TemporalParsing() {}

    static Value parse(String kind, String text) {
        String s = text.strip();
        return switch (kind) {
            case "date" -> new DateValue(date(s));
            case "localtime" -> new LocalTimeValue(time(s));
            case "time" -> time(s, true);
            case "localdatetime" -> {
                int t = s.indexOf('T');
                yield new LocalDateTimeValue(LocalDateTime.of(
                        date(t < 0 ? s : s.substring(0, t)), t < 0 ? LocalTime.MIDNIGHT : time(s.substring(t + 1))));
            }
            default -> dateTime(s);
        };
    }

    static LocalDate date(String s) {
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            throw new DateTimeParseException("not a date", s, 0);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(4) != null) {
            int week = Integer.parseInt(m.group(4));
            int day = m.group(5) == null ? 1 : Integer.parseInt(m.group(5));
            return LocalDate.of(year, 1, 4)
                    .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(java.time.temporal.ChronoField.DAY_OF_WEEK, day);
        }
        if (m.group(6) != null) {
            return LocalDate.ofYearDay(year, Integer.parseInt(m.group(6)));
        }
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        return LocalDate.of(year, month, day);
    }

    static LocalTime time(String s) {
        Matcher m = TIME.matcher(s);
        if (!m.matches()) {
            throw new DateTimeParseException("not a time", s, 0);
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int sec = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int nanos = m.group(4) == null ? 0 : Integer.parseInt((m.group(4) + "00000000").substring(0, 9));
        return LocalTime.of(h, min, sec, nanos);
    }

    private static int zoneStart(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'Z' || c == '+' || c == '-' || c == '[') {
                return i;
            }
        }
        return s.length();
    }

    private static TimeValue time(String s, boolean zoned) {
        int z = zoneStart(s);
        LocalTime t = time(s.substring(0, z));
        ZoneId zone = z == s.length() ? ZoneOffset.UTC : zone(StringValue.of(s.substring(z)));
        ZoneOffset offset = zone instanceof ZoneOffset o ? o : zone.getRules().getOffset(java.time.Instant.EPOCH);
        assert zoned;
        return new TimeValue(OffsetTime.of(t, offset));
    }

    private static DateTimeValue dateTime(String s) {
        int t = s.indexOf('T');
        if (t < 0) {
            return new DateTimeValue(ZonedDateTime.of(date(s), LocalTime.MIDNIGHT, ZoneOffset.UTC));
        }
        String rest = s.substring(t + 1);
        int z = zoneStart(rest);
        LocalDateTime ldt = LocalDateTime.of(date(s.substring(0, t)), time(rest.substring(0, z)));
        if (z == rest.length()) {
            return new DateTimeValue(ZonedDateTime.of(ldt, ZoneOffset.UTC));
        }
        Matcher m = ZONE.matcher(rest.substring(z));
        if (!m.matches()) {
            throw new DateTimeParseException("not a zone", s, 0);
        }
        if (m.group(2) != null) {
            ZoneId region = ZoneId.of(m.group(2));
            return new DateTimeValue(
                    ZonedDateTime.ofLocal(ldt, region, m.group(1) == null ? null : offset(m.group(1))));
        }
        return new DateTimeValue(ZonedDateTime.of(ldt, offset(m.group(1))));
    }

    private static ZoneOffset offset(String s) {
        if (s.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String normal = s.length() == 5 ? s.substring(0, 3) + ":" + s.substring(3) : s;
        return ZoneOffset.of(normal);
    }

    static ZoneId zone(Value v) {
        if (!(v instanceof StringValue s)) {
            throw CypherErrors.typeError("timezone", v, "a STRING");
        }
        String z = s.value();
        if (z.equals("Z") || z.startsWith("+") || z.startsWith("-")) {
            return offset(z);
        }
        try {
            return ZoneId.of(z);
        } catch (java.time.DateTimeException e) {
            throw CypherErrors.argument("Invalid timezone: '" + z + "'");
        }
    }

    /** HH:mm, HH:mm:ss or HH:mm:ss with 3, 6 or 9 fraction digits, as Neo4j prints times. */
    static String timeText(LocalTime t) {
        return t.toString();
    }
}
