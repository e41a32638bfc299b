package org.quiverdb.server.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quiverdb.server.config.ConfigLoader;

class JvmOptionsTest {
    @Test
    void heapSizesThenAdditionalOptionsInOrder() {
        var config = new ConfigLoader(Map.of())
                .load(
                        Optional.empty(),
                        List.of(
                                "dbms.jvm.additional=-Dcom.sun.management.jmxremote.port=3637",
                                "dbms.memory.heap.max_size=2g",
                                "server.memory.heap.initial_size=512m",
                                "dbms.jvm.additional=-XX:+UseG1GC"));
        assertThat(JvmOptions.of(config))
                .containsExactly("-Xms512m", "-Xmx2g", "-Dcom.sun.management.jmxremote.port=3637", "-XX:+UseG1GC");
    }

    @Test
    void noSettingsNoOptions() {
        assertThat(JvmOptions.of(new ConfigLoader(Map.of()).load(Optional.empty(), List.of())))
                .isEmpty();
    }

    @Test
    void sizesUseTheLargestExactUnit() {
        assertThat(JvmOptions.size(3L << 30)).isEqualTo("3g");
        assertThat(JvmOptions.size(1536L << 20)).isEqualTo("1536m");
        assertThat(JvmOptions.size(64L << 10)).isEqualTo("64k");
        assertThat(JvmOptions.size(1000)).isEqualTo("1000");
    }
}
