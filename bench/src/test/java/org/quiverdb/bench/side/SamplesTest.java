package org.quiverdb.bench.side;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void percentilesAreNearestRankOverAllRounds() {
        Samples samples = new Samples();
        long[] first = new long[50];
        long[] second = new long[50];
        for (int i = 0; i < 50; i++) {
            first[i] = (i + 1) * 1_000L;
            second[i] = (i + 51) * 1_000L;
        }
        samples.addRound(second, 50, 1_000_000_000L);
        samples.addRound(first, 50, 1_000_000_000L);

        Samples.Stats stats = samples.stats();

        assertThat(stats.operations()).isEqualTo(100);
        assertThat(stats.throughput()).isEqualTo(50.0);
        assertThat(stats.p50Micros()).isEqualTo(50.0);
        assertThat(stats.p99Micros()).isEqualTo(99.0);
    }

    @Test
    void noOperationsIsAnError() {
        assertThatThrownBy(() -> new Samples().stats()).hasMessageContaining("no operation recorded");
    }
}
