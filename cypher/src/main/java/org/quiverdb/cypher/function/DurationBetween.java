package org.quiverdb.cypher.function;

import java.time.Duration;
import java.time.LocalDateTime;
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
        if (x.date() == null && y.date() == null) {
            Duration d = Duration.between(x.time(), y.time());
            if (x.zone() != null && y.zone() != null) {
                d = d.minusSeconds(offsetSeconds(y) - offsetSeconds(x));
            }
            return units == Units.MONTHS || units == Units.DAYS ? zero() : seconds(d);
        }
        // a missing date or zone is taken from the other value, as Neo4j does
        java.time.LocalDate dx = x.date() != null ? x.date() : y.date();
        java.time.LocalDate dy = y.date() != null ? y.date() : x.date();
        ZoneId zx = x.zone() != null ? x.zone() : y.zone();
        ZoneId zy = y.zone() != null ? y.zone() : x.zone();
        LocalDateTime from = LocalDateTime.of(dx, x.time());
        LocalDateTime to = LocalDateTime.of(dy, y.time());
        ZonedDateTime zonedTo = null;
        if (zx != null) {
            ZonedDateTime f = ZonedDateTime.of(from, zx);
            ZonedDateTime t = ZonedDateTime.of(to, zy).withZoneSameInstant(zx);
            if (units == Units.SECONDS) {
                return seconds(Duration.between(f, t));
            }
            to = t.toLocalDateTime();
            zonedTo = t;
        }
        return switch (units) {
            case MONTHS -> new DurationValue(ChronoUnit.MONTHS.between(from, to), 0, 0, 0);
            case DAYS -> new DurationValue(0, ChronoUnit.DAYS.between(from, to), 0, 0);
            case SECONDS -> seconds(Duration.between(from, to));
            case ALL -> {
                long months = ChronoUnit.MONTHS.between(from, to);
                LocalDateTime m = from.plusMonths(months);
                long days = ChronoUnit.DAYS.between(m, to);
                // the time part is elapsed time, so a DST change within it counts, as Neo4j does
                Duration rest = zonedTo == null
                        ? Duration.between(m.plusDays(days), to)
                        : Duration.between(ZonedDateTime.of(m.plusDays(days), zx), zonedTo);
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
