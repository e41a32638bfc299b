package org.quiverdb.bench.side;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The heap, GC and profiling options both server JVMs get, so neither wins on JVM settings.
 * Immutable.
 *
 * @param heap initial and maximum heap, as the JVM spells it ({@code 2g})
 * @param jfrDirectory where each server writes a Flight Recording ({@code <engine>.jfr}, profile
 *     settings, dumped when it stops), if profiling was asked for
 */
record JvmFlags(String heap, Optional<Path> jfrDirectory) {
    /** G1, Neo4j's own default and the JVM's: the same collector for both servers. */
    static final String GC = "-XX:+UseG1GC";

    /** The options besides the heap size, for one engine's JVM. */
    List<String> extra(String engine) {
        List<String> options = new ArrayList<>();
        options.add(GC);
        jfrDirectory.ifPresent(dir -> options.add(
                "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + dir.resolve(engine + ".jfr")));
        return options;
    }

    /** Every option on a java command line, for one engine's JVM. */
    List<String> options(String engine) {
        List<String> options = new ArrayList<>();
        options.add("-Xms" + heap);
        options.add("-Xmx" + heap);
        options.addAll(extra(engine));
        return options;
    }
}
