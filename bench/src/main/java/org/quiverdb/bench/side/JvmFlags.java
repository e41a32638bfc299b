package org.quiverdb.bench.side;

import java.util.ArrayList;
import java.util.List;

/**
 * The heap and GC options both server JVMs get, so neither wins on memory settings. Immutable.
 *
 * @param heap initial and maximum heap, as the JVM spells it ({@code 2g})
 */
record JvmFlags(String heap) {
    /** G1, Neo4j's own default and the JVM's: the same collector for both servers. */
    static final String GC = "-XX:+UseG1GC";

    /** The options on a java command line. */
    List<String> options() {
        List<String> options = new ArrayList<>();
        options.add("-Xms" + heap);
        options.add("-Xmx" + heap);
        options.add(GC);
        return options;
    }
}
