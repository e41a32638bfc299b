package org.quiverdb.values.temporal;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.quiverdb.values.value.DateTimeValue;
import org.quiverdb.values.value.DateValue;
import org.quiverdb.values.value.DurationValue;
import org.quiverdb.values.value.LocalDateTimeValue;
import org.quiverdb.values.value.LocalTimeValue;
import org.quiverdb.values.value.TimeValue;
import org.quiverdb.values.value.Value;

/**
 * The ISO 8601 text Neo4j prints for temporal values ({@code toString()}, drivers' display, the
 * TCK): times as HH:mm[:ss[.fff]], offsets as Z or +hh:mm, named zones in brackets, durations as
 * {@code P1Y2M3DT4H5M6.5S}. Stateless.
 */
public final class TemporalText {
    private TemporalText() {}

    /** The text of a temporal value or duration, or null for any other value. */
    public static String of(Value v) {
        if (v instanceof DateValue d) {
            return d.value().toString();
        } else if (v instanceof LocalTimeValue t) {
            return t.value().toString();
        } else if (v instanceof TimeValue t) {
            return t.value().toLocalTime() + offset(t.value().getOffset());
        } else if (v instanceof LocalDateTimeValue t) {
            return t.value().toLocalDate() + "T" + t.value().toLocalTime();
        } else if (v instanceof DateTimeValue t) {
            ZonedDateTime z = t.value();
            String base = z.toLocalDate() + "T" + z.toLocalTime() + offset(z.getOffset());
            return z.getZone() instanceof ZoneOffset
                    ? base
                    : base + "[" + z.getZone().getId() + "]";
        } else if (v instanceof DurationValue d) {
            return duration(d);
        }
        return null;
    }

    private static String offset(ZoneOffset o) {
        return o.getTotalSeconds() == 0 ? "Z" : o.getId();
    }

    /** Months as years and months, days, then seconds as hours, minutes and fractional seconds. */
    public static String duration(DurationValue d) {
        StringBuilder sb = new StringBuilder("P");
        long years = d.months() / 12;
        long months = d.months() % 12;
        if (years != 0) {
            sb.append(years).append('Y');
        }
        if (months != 0) {
            sb.append(months).append('M');
        }
        if (d.days() != 0) {
            sb.append(d.days()).append('D');
        }
        long secs = d.seconds();
        long nanos = d.nanos();
        if (secs < 0 && nanos > 0) {
            secs += 1;
            nanos -= 1_000_000_000L;
        }
        if (secs != 0 || nanos != 0) {
            sb.append('T');
            long h = secs / 3600;
            long m = (secs % 3600) / 60;
            long s = secs % 60;
            if (h != 0) {
                sb.append(h).append('H');
            }
            if (m != 0) {
                sb.append(m).append('M');
            }
            if (s != 0 || nanos != 0) {
                BigDecimal total =
                        BigDecimal.valueOf(s).add(BigDecimal.valueOf(nanos).movePointLeft(9));
                sb.append(total.stripTrailingZeros().toPlainString()).append('S');
            }
        }
        return sb.length() == 1 ? "PT0S" : sb.toString();
    }
}
