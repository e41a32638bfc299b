package org.quiverdb.cypher.function;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.values.value.DateTimeValue;
import org.quiverdb.values.value.DateValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.LocalDateTimeValue;
import org.quiverdb.values.value.LocalTimeValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.TimeValue;
import org.quiverdb.values.value.Value;

/**
 * Temporal values from maps of fields ({@code {year: 1984, month: 10, day: 11, hour: 12,
 * timezone: 'Europe/Stockholm'}}, week and ordinal forms, and selection from another temporal via
 * {@code date}, {@code time}, {@code datetime} keys), and conversion between temporal types.
 * Stateless.
 */
final class TemporalMaps {
    private TemporalMaps() {}

    static Value build(String kind, MapValue m) {
        LocalDate date = null;
        if (!kind.equals("time") && !kind.equals("localtime")) {
            date = date(m);
        }
        LocalTime time = kind.equals("date") ? null : time(m);
        ZoneId zone = m.get("timezone").isNull() ? null : TemporalParsing.zone(m.get("timezone"));
        Value base = first(m, "datetime", "time");
        ZoneId baseZone = null;
        if (base instanceof DateTimeValue dt) {
            baseZone = dt.value().getZone();
        } else if (base instanceof TimeValue tv) {
            baseZone = tv.value().getOffset();
        }
        if (zone != null && baseZone != null && time != null && !m.map().containsKey("hour")) {
            // a selected time moved to another zone keeps its instant
            LocalDate day = date != null ? date : LocalDate.of(1970, 1, 1);
            ZonedDateTime moved = ZonedDateTime.of(day, time, baseZone).withZoneSameInstant(zone);
            if (base instanceof DateTimeValue && !m.map().containsKey("date") && date != null) {
                date = moved.toLocalDate();
            }
            time = moved.toLocalTime();
        }
        if (zone == null) {
            zone = baseZone;
        }
        if (zone == null) {
            zone = ZoneOffset.UTC;
        }
        return switch (kind) {
            case "date" -> new DateValue(date);
            case "localtime" -> new LocalTimeValue(time);
            case "time" ->
                new TimeValue(OffsetTime.of(
                        time, zone instanceof ZoneOffset o ? o : zone.getRules().getOffset(java.time.Instant.EPOCH)));
            case "localdatetime" -> new LocalDateTimeValue(LocalDateTime.of(date, time));
            default -> new DateTimeValue(ZonedDateTime.of(date, time, zone));
        };
    }

    private static Value first(MapValue m, String... keys) {
        for (String k : keys) {
            if (!m.get(k).isNull()) {
                return m.get(k);
            }
        }
        return null;
    }

    private static LocalDate date(MapValue m) {
        LocalDate base = baseDate(first(m, "date", "datetime"));
        if (m.map().containsKey("week")) {
            int year = (int) num(m, "year", base == null ? 1970 : base.get(IsoFields.WEEK_BASED_YEAR));
            return LocalDate.of(year, 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, "week", 1))
                    .with(
                            ChronoField.DAY_OF_WEEK,
                            num(
                                    m,
                                    "dayOfWeek",
                                    base == null ? 1 : base.getDayOfWeek().getValue()));
        }
        int baseYear = base == null ? 1970 : base.getYear();
        if (m.map().containsKey("ordinalDay")) {
            return LocalDate.ofYearDay((int) num(m, "year", baseYear), (int) num(m, "ordinalDay", 1));
        }
        if (m.map().containsKey("quarter")) {
            int q = (int) num(m, "quarter", 1);
            int year = (int) num(m, "year", baseYear);
            if (m.map().containsKey("dayOfQuarter") || base == null) {
                int dayOfQuarter = (int) num(m, "dayOfQuarter", 1);
                return LocalDate.of(year, (q - 1) * 3 + 1, 1).plusDays(dayOfQuarter - 1L);
            }
            // the selected date keeps its month within the quarter and its day
            int month = (q - 1) * 3 + (base.getMonthValue() - 1) % 3 + 1;
            return LocalDate.of(year, month, (int) num(m, "day", base.getDayOfMonth()));
        }
        if (base != null) {
            return LocalDate.of((int) num(m, "year", base.getYear()), (int) num(m, "month", base.getMonthValue()), (int)
                    num(m, "day", base.getDayOfMonth()));
        }
        if (!m.map().containsKey("year")) {
            throw CypherErrors.argument("year must be specified in " + m.map().keySet());
        }
        return LocalDate.of((int) num(m, "year", 1970), (int) num(m, "month", 1), (int) num(m, "day", 1));
    }

    private static LocalDate baseDate(Value v) {
        if (v instanceof DateValue d) {
            return d.value();
        }
        if (v instanceof LocalDateTimeValue d) {
            return d.value().toLocalDate();
        }
        if (v instanceof DateTimeValue d) {
            return d.value().toLocalDate();
        }
        return null;
    }

    private static LocalTime time(MapValue m) {
        Value b = first(m, "time", "datetime");
        LocalTime base = null;
        if (b instanceof LocalTimeValue t) {
            base = t.value();
        } else if (b instanceof TimeValue t) {
            base = t.value().toLocalTime();
        } else if (b instanceof LocalDateTimeValue t) {
            base = t.value().toLocalTime();
        } else if (b instanceof DateTimeValue t) {
            base = t.value().toLocalTime();
        }
        long nanos = num(m, "millisecond", 0) * 1_000_000 + num(m, "microsecond", 0) * 1000 + num(m, "nanosecond", 0);
        if (base != null && nanos == 0) {
            nanos = base.get(ChronoField.NANO_OF_SECOND);
        }
        return LocalTime.of(
                (int) num(m, "hour", base == null ? 0 : base.getHour()),
                (int) num(m, "minute", base == null ? 0 : base.getMinute()),
                (int) num(m, "second", base == null ? 0 : base.getSecond()),
                (int) nanos);
    }

    private static long num(MapValue m, String key, long otherwise) {
        Value v = m.get(key);
        if (v.isNull()) {
            return otherwise;
        }
        if (v instanceof IntegerValue i) {
            return i.value();
        }
        throw CypherErrors.typeError("temporal field " + key, v, "an INTEGER");
    }

    /** Converts one temporal value into another kind, or null when {@code v} is not temporal. */
    static Value convert(String kind, Value v) {
        LocalDate d = baseDate(v);
        if (kind.equals("date") && d != null) {
            return new DateValue(d);
        }
        if (kind.equals("localdatetime") && v instanceof DateTimeValue dt) {
            return new LocalDateTimeValue(dt.value().toLocalDateTime());
        }
        boolean timed = v instanceof TimeValue
                || v instanceof LocalTimeValue
                || v instanceof LocalDateTimeValue
                || v instanceof DateTimeValue;
        if ((kind.equals("localtime") || kind.equals("time")) && timed) {
            return build(kind, new MapValue(java.util.Map.of("time", v)));
        }
        if ((kind.equals("datetime") || kind.equals("localdatetime"))
                && (v instanceof LocalDateTimeValue || v instanceof DateTimeValue)) {
            return build(kind, new MapValue(java.util.Map.of("datetime", v)));
        }
        if (v instanceof DateValue
                || v instanceof LocalTimeValue
                || v instanceof TimeValue
                || v instanceof LocalDateTimeValue
                || v instanceof DateTimeValue) {
            return v;
        }
        return null;
    }
}
