package org.quiverdb.bench.side;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeapProbeTest {

    @Test
    void usedHeapIsReadFromTheG1Line() {
        String answer = """
                12345:
                 garbage-first heap   total 524288K, used 81234K [0x0000000080000000, 0x0000000100000000)
                  region size 1024K, 3 young (3072K), 0 survivors (0K)
                """;

        assertThat(HeapProbe.parseUsed(answer)).isEqualTo(81234L * 1024);
    }

    @Test
    void anAnswerWithoutAHeapLineIsAnError() {
        assertThatThrownBy(() -> HeapProbe.parseUsed("12345:\nCommand executed successfully"))
                .hasMessageContaining("GC.heap_info");
    }
}
