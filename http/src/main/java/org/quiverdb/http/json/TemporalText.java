package org.quiverdb.http.json;

import java.time.format.DateTimeFormatter;
import org.quiverdb.values.value.DateTimeValue;
import org.quiverdb.values.value.DateValue;
import org.quiverdb.values.value.DurationValue;
import org.quiverdb.values.value.LocalDateTimeValue;
import org.quiverdb.values.value.LocalTimeValue;
import org.quiverdb.values.value.TimeValue;
import org.quiverdb.values.value.Value;

/**
 * Temporal values as ISO-8601 text, the way Neo4j prints them over HTTP: seconds always present,
 * the fraction only when non-zero, {@code Z} for UTC, a named zone in brackets after its offset,
 * durations as {@code P1Y2M3DT4H5M6.5S} with zero parts left out ({@code PT0S} when all are zero).
 * Stateless.
 */
public final class TemporalText {
    private TemporalText() {}

    /** The text of a temporal value, or {@code null} when {@code value} is not temporal. */
    public static String of(Value value) {
        if (value instanceof DateValue v) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(v.value());
        } else if (value instanceof TimeValue v) {
            return DateTimeFormatter.ISO_OFFSET_TIME.format(v.value());
        } else if (value instanceof LocalTimeValue v) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format(v.value());
        } else if (value instanceof LocalDateTimeValue v) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(v.value());
        } else if (value instanceof DateTimeValue v) {
            return v.hasOffsetZone()
                    ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(v.value())
                    : DateTimeFormatter.ISO_ZONED_DATE_TIME.format(v.value());
        } else if (value instanceof DurationValue v) {
            return duration(v);
        }
        return null;
    }

    /** A duration as ISO-8601 text; each part keeps its own sign, as Neo4j's does. */
    public static String duration(DurationValue d) {
        StringBuilder text = new StringBuilder("P");
        long years = d.months() / 12;
        long months = d.months() % 12;
        appendPart(text, years, 'Y');
        appendPart(text, months, 'M');
        appendPart(text, d.days(), 'D');
        long seconds = d.seconds();
        int nanos = d.nanos();
        if (seconds < 0 && nanos > 0) {
            // nanos are normalised to [0, 1e9): -1.5 s is seconds -2, nanos 5e8; print it as -1.5
            seconds += 1;
            nanos = 1_000_000_000 - nanos;
        }
        long hours = seconds / 3600;
        long minutes = (seconds % 3600) / 60;
        long secs = seconds % 60;
        if (hours != 0 || minutes != 0 || secs != 0 || nanos != 0) {
            text.append('T');
            appendPart(text, hours, 'H');
            appendPart(text, minutes, 'M');
            if (secs != 0 || nanos != 0) {
                boolean negative = d.seconds() < 0;
                if (negative && secs == 0) {
                    text.append('-');
                }
                text.append(secs);
                if (nanos != 0) {
                    text.append('.').append(fraction(nanos));
                }
                text.append('S');
            }
        }
        return text.length() == 1 ? "PT0S" : text.toString();
    }

    private static void appendPart(StringBuilder text, long amount, char unit) {
        if (amount != 0) {
            text.append(amount).append(unit);
        }
    }

    private static String fraction(int nanos) {
        String digits = String.valueOf(1_000_000_000L + nanos).substring(1);
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }
}
