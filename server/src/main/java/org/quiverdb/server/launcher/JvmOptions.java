package org.quiverdb.server.launcher;

import java.util.ArrayList;
import java.util.List;
import org.quiverdb.server.config.Config;
import org.quiverdb.server.config.Setting;

/**
 * The options the server's JVM is started with, read from the configuration as Neo4j's launcher
 * does: {@code dbms.memory.heap.initial_size} as {@code -Xms}, {@code max_size} as {@code -Xmx},
 * then every {@code dbms.jvm.additional} in order (so a user's option can override ours). Stateless.
 */
final class JvmOptions {
    private JvmOptions() {}

    static List<String> of(Config config) {
        List<String> options = new ArrayList<>();
        config.bytes(Setting.HEAP_INITIAL_SIZE).ifPresent(b -> options.add("-Xms" + size(b)));
        config.bytes(Setting.HEAP_MAX_SIZE).ifPresent(b -> options.add("-Xmx" + size(b)));
        options.addAll(config.jvmAdditional());
        return options;
    }

    /** The shortest exact spelling the JVM accepts: {@code 2g}, {@code 512m}, {@code 64k} or bytes. */
    static String size(long bytes) {
        if (bytes > 0 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + "g";
        }
        if (bytes > 0 && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + "m";
        }
        if (bytes > 0 && bytes % (1L << 10) == 0) {
            return (bytes >> 10) + "k";
        }
        return Long.toString(bytes);
    }
}
