package org.quiverdb.bench.side;

import java.util.Random;

/**
 * One measured workload: a name for the reports, what it exercises, how many sessions run it at
 * once, and the statement each operation sends (drawn from a seeded random, addressing people by
 * the internal ids the engine under test assigned). Immutable.
 */
record Workload(String name, Kind kind, String description, int concurrency, QuerySource source) {

    /** Reads and writes are held to different goals (2x and 3x Neo4j's throughput). */
    enum Kind {
        READ,
        WRITE
    }

    /** The statement of one operation. Called from the session's own thread only. */
    @FunctionalInterface
    interface QuerySource {
        Query next(Random random, long[] personIds, long sequence);
    }
}
