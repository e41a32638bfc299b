package org.quiverdb.cypher.function;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.values.value.DateTimeValue;
import org.quiverdb.values.value.DateValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.LocalDateTimeValue;
import org.quiverdb.values.value.LocalTimeValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.TimeValue;
import org.quiverdb.values.value.Value;

/**
 * {@code <type>.truncate(unit, temporal [, fields])}: cuts a temporal down to the start of the
 * unit (millennium ... microsecond), then applies the map: date and time fields replace, sub-second
 * fields add below the cut, {@code timezone} re-zones keeping the local time. Stateless.
 */
final class TemporalTruncation {
    private TemporalTruncation() {}

    /** The parts of a temporal: date (null when none), time of day, zone (null when local). */
    record Parts(LocalDate date, LocalTime time, ZoneId zone) {
        static Parts of(Value v) {
            if (v instanceof DateValue d) {
                return new Parts(d.value(), LocalTime.MIDNIGHT, null);
            } else if (v instanceof LocalDateTimeValue d) {
                return new Parts(d.value().toLocalDate(), d.value().toLocalTime(), null);
            } else if (v instanceof DateTimeValue d) {
                return new Parts(
                        d.value().toLocalDate(),
                        d.value().toLocalTime(),
                        d.value().getZone());
            } else if (v instanceof LocalTimeValue t) {
                return new Parts(null, t.value(), null);
            } else if (v instanceof TimeValue t) {
                return new Parts(null, t.value().toLocalTime(), t.value().getOffset());
            }
            throw CypherErrors.typeError("temporal", v, "a temporal value");
        }
    }

    static Value truncate(String kind, Value unitValue, Value temporal, MapValue fields) {
        if (temporal.isNull()) {
            return org.quiverdb.values.value.NullValue.NULL;
        }
        if (!(unitValue instanceof StringValue unitText)) {
            throw CypherErrors.typeError("truncation unit", unitValue, "a STRING");
        }
        String unit = unitText.value();
        Parts p = Parts.of(temporal);
        LocalDate date = p.date() == null ? null : truncateDate(unit, p.date());
        LocalTime time = truncateTime(unit, p.time());
        if (date == null && isDateUnit(unit)) {
            throw CypherErrors.argument("Cannot truncate a time to unit '" + unit + "'");
        }
        if (date != null) {
            date = dateFields(date, fields);
        }
        time = timeFields(time, fields);
        ZoneId zone = p.zone();
        if (!fields.get("timezone").isNull()) {
            zone = TemporalParsing.zone(fields.get("timezone"));
        }
        if (zone == null) {
            zone = ZoneOffset.UTC;
        }
        LocalDate d = date == null ? LocalDate.of(1970, 1, 1) : date;
        return switch (kind) {
            case "date" -> new DateValue(d);
            case "localdatetime" -> new LocalDateTimeValue(LocalDateTime.of(d, time));
            case "localtime" -> new LocalTimeValue(time);
            case "time" ->
                new TimeValue(
                        OffsetTime.of(time, ZonedDateTime.of(d, time, zone).getOffset()));
            default -> new DateTimeValue(ZonedDateTime.of(d, time, zone));
        };
    }

    private static boolean isDateUnit(String unit) {
        return switch (unit) {
            case "millennium", "century", "decade", "year", "weekYear", "quarter", "month", "week" -> true;
            default -> false;
        };
    }

    private static LocalDate truncateDate(String unit, LocalDate d) {
        return switch (unit) {
            case "millennium" -> LocalDate.of(Math.floorDiv(d.getYear(), 1000) * 1000, 1, 1);
            case "century" -> LocalDate.of(Math.floorDiv(d.getYear(), 100) * 100, 1, 1);
            case "decade" -> LocalDate.of(Math.floorDiv(d.getYear(), 10) * 10, 1, 1);
            case "year" -> LocalDate.of(d.getYear(), 1, 1);
            case "weekYear" ->
                LocalDate.of(d.get(IsoFields.WEEK_BASED_YEAR), 1, 4)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "quarter" -> LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case "month" -> d.withDayOfMonth(1);
            case "week" -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            default -> d;
        };
    }

    private static LocalTime truncateTime(String unit, LocalTime t) {
        return switch (unit) {
            case "hour" -> t.truncatedTo(ChronoUnit.HOURS);
            case "minute" -> t.truncatedTo(ChronoUnit.MINUTES);
            case "second" -> t.truncatedTo(ChronoUnit.SECONDS);
            case "millisecond" -> t.truncatedTo(ChronoUnit.MILLIS);
            case "microsecond" -> t.truncatedTo(ChronoUnit.MICROS);
            case "millennium", "century", "decade", "year", "weekYear", "quarter", "month", "week", "day" ->
                LocalTime.MIDNIGHT;
            default -> throw CypherErrors.argument("Unsupported truncation unit: '" + unit + "'");
        };
    }

    private static long field(MapValue m, String key) {
        Value v = m.get(key);
        if (v instanceof IntegerValue i) {
            return i.value();
        }
        throw CypherErrors.typeError("field " + key, v, "an INTEGER");
    }

    private static LocalDate dateFields(LocalDate d, MapValue m) {
        LocalDate out = d;
        if (m.map().containsKey("year")) {
            out = out.withYear((int) field(m, "year"));
        }
        if (m.map().containsKey("month")) {
            out = out.withMonth((int) field(m, "month"));
        }
        if (m.map().containsKey("day")) {
            out = out.withDayOfMonth((int) field(m, "day"));
        }
        if (m.map().containsKey("dayOfWeek")) {
            out = out.with(java.time.temporal.ChronoField.DAY_OF_WEEK, field(m, "dayOfWeek"));
        }
        return out;
    }

    private static LocalTime timeFields(LocalTime t, MapValue m) {
        LocalTime out = t;
        if (m.map().containsKey("hour")) {
            out = out.withHour((int) field(m, "hour"));
        }
        if (m.map().containsKey("minute")) {
            out = out.withMinute((int) field(m, "minute"));
        }
        if (m.map().containsKey("second")) {
            out = out.withSecond((int) field(m, "second"));
        }
        long extra = 0;
        if (m.map().containsKey("millisecond")) {
            extra += field(m, "millisecond") * 1_000_000;
        }
        if (m.map().containsKey("microsecond")) {
            extra += field(m, "microsecond") * 1000;
        }
        if (m.map().containsKey("nanosecond")) {
            extra += field(m, "nanosecond");
        }
        return out.plusNanos(extra);
    }
}
