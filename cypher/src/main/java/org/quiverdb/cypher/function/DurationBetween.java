package org.quiverdb.cypher.function;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.quiverdb.values.value.DurationValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.Value;

/**
 * {@code duration.between}, {@code inMonths}, {@code inDays}, {@code inSeconds}. When both values
 * carry a zone they are compared as instants (the second moved into the first's zone); when
 * either is local, local date-times are compared. When either lacks a date, only times of day
 * count. Stateless.
 */
final class DurationBetween {
    /** Which units the result may use. */
    enum Units {
        ALL,
        MONTHS,
        DAYS,
        SECONDS
    }

    private DurationBetween() {}

    static Value between(Value a, Value b, Units units) {
        if (a.isNull() || b.isNull()) {
            return NullValue.NULL;
        }
        TemporalTruncation.Parts x = TemporalTruncation.Parts.of(a);
        TemporalTruncation.Parts y = TemporalTruncation.Parts.of(b);
        boolean zoned = x.zone() != null && y.zone() != null;
        if (x.date() == null || y.date() == null) {
            LocalTime from = x.time();
            LocalTime to = y.time();
            Duration d = Duration.between(from, to);
            if (zoned) {
                d = d.minusSeconds(offsetSeconds(y) - offsetSeconds(x));
            }
            return units == Units.MONTHS || units == Units.DAYS ? zero() : seconds(d);
        }
        LocalDateTime from = LocalDateTime.of(x.date(), x.time());
        LocalDateTime to = LocalDateTime.of(y.date(), y.time());
        if (zoned) {
            to = ZonedDateTime.of(to, y.zone()).withZoneSameInstant(x.zone()).toLocalDateTime();
        }
        return switch (units) {
            case MONTHS -> new DurationValue(ChronoUnit.MONTHS.between(from, to), 0, 0, 0);
            case DAYS -> new DurationValue(0, ChronoUnit.DAYS.between(from, to), 0, 0);
            case SECONDS -> seconds(Duration.between(from, to));
            case ALL -> {
                long months = ChronoUnit.MONTHS.between(from, to);
                LocalDateTime m = from.plusMonths(months);
                long days = ChronoUnit.DAYS.between(m, to);
                Duration rest = Duration.between(m.plusDays(days), to);
                yield new DurationValue(months, days, rest.getSeconds(), rest.getNano());
            }
        };
    }

    private static long offsetSeconds(TemporalTruncation.Parts p) {
        ZoneId z = p.zone();
        return z.getRules().getOffset(java.time.Instant.EPOCH).getTotalSeconds();
    }

    private static DurationValue seconds(Duration d) {
        return new DurationValue(0, 0, d.getSeconds(), d.getNano());
    }

    private static DurationValue zero() {
        return new DurationValue(0, 0, 0, 0);
    }
}
