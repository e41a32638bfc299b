package org.quiverdb.cypher.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quiverdb.values.value.DurationValue;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;

class TemporalArithmeticTest {
    private static final DurationValue ONE_NANO_OVER = new DurationValue(0, 0, 10, 1);

    @Test
    void halvingADurationTruncatesTheSubNanosecondRemainder() {
        assertThat(TemporalArithmetic.divide(ONE_NANO_OVER, 2)).isEqualTo(new DurationValue(0, 0, 5, 0));
        assertThat(TemporalArithmetic.multiply(ONE_NANO_OVER, FloatValue.of(0.5)))
                .isEqualTo(new DurationValue(0, 0, 5, 0));
    }

    @Test
    void halfAMonthCascadesIntoDaysAndSeconds() {
        DurationValue month = new DurationValue(1, 0, 0, 0);
        assertThat(TemporalArithmetic.divide(month, 2)).isEqualTo(new DurationValue(0, 15, 18_873, 0));
    }

    @Test
    void integerFactorsAreExact() {
        assertThat(TemporalArithmetic.multiply(ONE_NANO_OVER, IntegerValue.of(3)))
                .isEqualTo(new DurationValue(0, 0, 30, 3));
    }
}
