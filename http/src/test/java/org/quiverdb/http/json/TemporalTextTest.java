package org.quiverdb.http.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.quiverdb.values.value.DateTimeValue;
import org.quiverdb.values.value.DateValue;
import org.quiverdb.values.value.DurationValue;
import org.quiverdb.values.value.LocalDateTimeValue;
import org.quiverdb.values.value.LocalTimeValue;
import org.quiverdb.values.value.TimeValue;

class TemporalTextTest {
    @Test
    void temporalsPrintSecondsAlwaysAndFractionsOnlyWhenPresent() {
        assertThat(TemporalText.of(new DateValue(LocalDate.of(2015, 3, 26)))).isEqualTo("2015-03-26");
        assertThat(TemporalText.of(new LocalTimeValue(LocalTime.of(12, 50)))).isEqualTo("12:50:00");
        assertThat(TemporalText.of(new LocalTimeValue(LocalTime.of(12, 50, 35, 556_000_000))))
                .isEqualTo("12:50:35.556");
        assertThat(TemporalText.of(new TimeValue(OffsetTime.of(12, 50, 35, 0, ZoneOffset.ofHours(1)))))
                .isEqualTo("12:50:35+01:00");
        assertThat(TemporalText.of(new LocalDateTimeValue(LocalDateTime.of(2015, 7, 21, 21, 40, 32, 142_000_000))))
                .isEqualTo("2015-07-21T21:40:32.142");
    }

    @Test
    void dateTimesShowUtcAsZAndNamedZonesInBrackets() {
        ZonedDateTime utc = ZonedDateTime.of(2015, 11, 21, 21, 40, 32, 0, ZoneOffset.UTC);
        ZonedDateTime stockholm = ZonedDateTime.of(2015, 11, 21, 21, 40, 32, 0, ZoneId.of("Europe/Stockholm"));

        assertThat(TemporalText.of(new DateTimeValue(utc))).isEqualTo("2015-11-21T21:40:32Z");
        assertThat(TemporalText.of(new DateTimeValue(stockholm)))
                .isEqualTo("2015-11-21T21:40:32+01:00[Europe/Stockholm]");
    }

    @Test
    void durationsLeaveZeroPartsOut() {
        assertThat(TemporalText.duration(new DurationValue(0, 0, 0, 0))).isEqualTo("PT0S");
        assertThat(TemporalText.duration(new DurationValue(14, 16, 12 * 60, 0))).isEqualTo("P1Y2M16DT12M");
        assertThat(TemporalText.duration(new DurationValue(0, 0, 3661, 500_000_000)))
                .isEqualTo("PT1H1M1.5S");
        assertThat(TemporalText.duration(new DurationValue(0, 0, -2, 500_000_000)))
                .isEqualTo("PT-1.5S");
        assertThat(TemporalText.duration(new DurationValue(0, 0, -1, 500_000_000)))
                .isEqualTo("PT-0.5S");
    }

    @Property
    void durationTextParsesBackToTheSameDuration(
            @ForAll @IntRange(min = -5000, max = 5000) int months,
            @ForAll @IntRange(min = -5000, max = 5000) int days,
            @ForAll @LongRange(min = -10_000_000, max = 10_000_000) long seconds,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
        DurationValue duration = new DurationValue(months, days, seconds, nanos);

        assertThat(TextParsers.duration(TemporalText.duration(duration))).isEqualTo(duration);
    }
}
