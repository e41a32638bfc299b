package org.quiverdb.cypher.function;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.quiverdb.values.value.DateTimeValue;
import org.quiverdb.values.value.DurationValue;

class DurationBetweenTest {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static DateTimeValue at(int day, int hour) {
        return new DateTimeValue(ZonedDateTime.of(2017, 10, day, hour, 0, 0, 0, STOCKHOLM));
    }

    @Test
    void theTimePartAcrossTheEndOfSummerTimeIsElapsedTime() {
        assertThat(DurationBetween.between(at(28, 23), at(29, 4), DurationBetween.Units.ALL))
                .isEqualTo(new DurationValue(0, 0, 6 * 3600, 0));
        assertThat(DurationBetween.between(at(29, 4), at(28, 23), DurationBetween.Units.ALL))
                .isEqualTo(new DurationValue(0, 0, -6 * 3600, 0));
    }

    @Test
    void wholeDaysAreCountedOnTheLocalCalendar() {
        assertThat(DurationBetween.between(at(28, 12), at(30, 12), DurationBetween.Units.ALL))
                .isEqualTo(new DurationValue(0, 2, 0, 0));
    }
}
