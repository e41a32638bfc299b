package org.quiverdb.cypher.function;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import org.quiverdb.values.value.DateTimeValue;
import org.quiverdb.values.value.DateValue;
import org.quiverdb.values.value.DurationValue;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.LocalDateTimeValue;
import org.quiverdb.values.value.LocalTimeValue;
import org.quiverdb.values.value.PointValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.TimeValue;
import org.quiverdb.values.value.Value;

/**
 * Field access on temporal values, durations and points ({@code d.year}, {@code dur.minutes},
 * {@code p.x}). Returns null when the value has no such accessor. Stateless.
 */
public final class TemporalFields {
    private TemporalFields() {}

    public static Value get(Value v, String key) {
        if (v instanceof DurationValue d) {
            return duration(d, key);
        }
        if (v instanceof PointValue p) {
            return switch (key) {
                case "x", "longitude" -> FloatValue.of(p.x());
                case "y", "latitude" -> FloatValue.of(p.y());
                case "z", "height" -> p.dimension() > 2 ? FloatValue.of(p.z()) : null;
                case "srid" -> IntegerValue.of(p.srid());
                default -> null;
            };
        }
        LocalDate date = null;
        LocalTime time = null;
        ZonedDateTime zoned = null;
        if (v instanceof DateValue d) {
            date = d.value();
        } else if (v instanceof LocalTimeValue t) {
            time = t.value();
        } else if (v instanceof TimeValue t) {
            time = t.value().toLocalTime();
            if (key.equals("offset")) {
                return StringValue.of(t.value().getOffset().getId().replace("Z", "+00:00"));
            }
            if (key.equals("offsetSeconds")) {
                return IntegerValue.of(t.value().getOffset().getTotalSeconds());
            }
            if (key.equals("offsetMinutes")) {
                return IntegerValue.of(t.value().getOffset().getTotalSeconds() / 60);
            }
            if (key.equals("timezone")) {
                return StringValue.of(t.value().getOffset().getId());
            }
        } else if (v instanceof LocalDateTimeValue t) {
            date = t.value().toLocalDate();
            time = t.value().toLocalTime();
        } else if (v instanceof DateTimeValue t) {
            zoned = t.value();
            date = zoned.toLocalDate();
            time = zoned.toLocalTime();
        } else {
            return null;
        }
        Value z = zoned == null ? null : zoneField(zoned, key);
        if (z != null) {
            return z;
        }
        Value dv = date == null ? null : dateField(date, key);
        if (dv != null) {
            return dv;
        }
        return time == null ? null : timeField(time, key);
    }

    private static Value zoneField(ZonedDateTime z, String key) {
        return switch (key) {
            case "timezone" ->
                StringValue.of(
                        z.getZone().getId().equals("Z") ? "Z" : z.getZone().getId());
            case "offset" -> StringValue.of(z.getOffset().getId().replace("Z", "+00:00"));
            case "offsetSeconds" -> IntegerValue.of(z.getOffset().getTotalSeconds());
            case "offsetMinutes" -> IntegerValue.of(z.getOffset().getTotalSeconds() / 60);
            case "epochSeconds" -> IntegerValue.of(z.toEpochSecond());
            case "epochMillis" -> IntegerValue.of(z.toInstant().toEpochMilli());
            default -> null;
        };
    }

    private static Value dateField(LocalDate d, String key) {
        return switch (key) {
            case "year" -> IntegerValue.of(d.getYear());
            case "quarter" -> IntegerValue.of(d.get(IsoFields.QUARTER_OF_YEAR));
            case "month" -> IntegerValue.of(d.getMonthValue());
            case "week" -> IntegerValue.of(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "weekYear" -> IntegerValue.of(d.get(IsoFields.WEEK_BASED_YEAR));
            case "day" -> IntegerValue.of(d.getDayOfMonth());
            case "ordinalDay" -> IntegerValue.of(d.getDayOfYear());
            case "dayOfWeek", "weekDay" -> IntegerValue.of(d.getDayOfWeek().getValue());
            case "dayOfQuarter" -> IntegerValue.of(d.get(IsoFields.DAY_OF_QUARTER));
            default -> null;
        };
    }

    private static Value timeField(LocalTime t, String key) {
        return switch (key) {
            case "hour" -> IntegerValue.of(t.getHour());
            case "minute" -> IntegerValue.of(t.getMinute());
            case "second" -> IntegerValue.of(t.getSecond());
            case "millisecond" -> IntegerValue.of(t.get(ChronoField.MILLI_OF_SECOND));
            case "microsecond" -> IntegerValue.of(t.get(ChronoField.MICRO_OF_SECOND));
            case "nanosecond" -> IntegerValue.of(t.getNano());
            default -> null;
        };
    }

    private static Value duration(DurationValue d, String key) {
        long secs = d.seconds();
        return switch (key) {
            case "years" -> IntegerValue.of(d.months() / 12);
            case "quarters" -> IntegerValue.of(d.months() / 3);
            case "months" -> IntegerValue.of(d.months());
            case "monthsOfYear" -> IntegerValue.of(d.months() % 12);
            case "monthsOfQuarter" -> IntegerValue.of(d.months() % 3);
            case "quartersOfYear" -> IntegerValue.of((d.months() / 3) % 4);
            case "weeks" -> IntegerValue.of(d.days() / 7);
            case "days" -> IntegerValue.of(d.days());
            case "daysOfWeek" -> IntegerValue.of(d.days() % 7);
            case "hours" -> IntegerValue.of(secs / 3600);
            case "minutes" -> IntegerValue.of(secs / 60);
            case "seconds" -> IntegerValue.of(secs);
            case "milliseconds" -> IntegerValue.of(secs * 1000 + d.nanos() / 1_000_000);
            case "microseconds" -> IntegerValue.of(secs * 1_000_000 + d.nanos() / 1000);
            case "nanoseconds" -> IntegerValue.of(secs * 1_000_000_000 + d.nanos());
            case "minutesOfHour" -> IntegerValue.of((secs / 60) % 60);
            case "secondsOfMinute" -> IntegerValue.of(secs % 60);
            case "millisecondsOfSecond" -> IntegerValue.of(d.nanos() / 1_000_000);
            case "microsecondsOfSecond" -> IntegerValue.of(d.nanos() / 1000);
            case "nanosecondsOfSecond" -> IntegerValue.of(d.nanos());
            default -> null;
        };
    }
}
