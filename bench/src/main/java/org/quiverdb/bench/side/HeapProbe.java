package org.quiverdb.bench.side;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap in use by another JVM after a full collection, through the JDK's {@code jcmd}: {@code
 * GC.run} then {@code GC.heap_info}, whose first heap line reads {@code garbage-first heap total
 * 524288K, used 81234K [...]}. Works the same on both servers, with no cooperation from either.
 * Stateless.
 */
final class HeapProbe {
    private static final Pattern USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
    private static final Duration LIMIT = Duration.ofMinutes(2);

    private HeapProbe() {}

    /** Bytes of heap the JVM {@code pid} uses after two full collections. */
    static long usedAfterGc(long pid, Path work) throws IOException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Path log = work.resolve("jcmd-" + pid + ".log");
        for (int i = 0; i < 2; i++) {
            ChildProcess.runChecked(List.of(jcmd, Long.toString(pid), "GC.run"), log, LIMIT);
        }
        Files.deleteIfExists(log);
        ChildProcess.runChecked(List.of(jcmd, Long.toString(pid), "GC.heap_info"), log, LIMIT);
        return parseUsed(Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The used-heap figure of a {@code GC.heap_info} answer, in bytes. */
    static long parseUsed(String heapInfo) {
        Matcher matcher = USED.matcher(heapInfo);
        if (!matcher.find()) {
            throw new IllegalStateException("GC.heap_info: no 'total ...K, used ...K' line in:\n" + heapInfo);
        }
        return Long.parseLong(matcher.group(1)) * 1024;
    }
}
