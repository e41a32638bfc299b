package org.quiverdb.bench.side;

import java.time.Duration;
import java.util.Locale;

/**
 * A benchmark size: the generated graph, the JVM heap both servers get, and how long each engine
 * runs each workload per round. Immutable.
 *
 * @param nodes Person nodes generated
 * @param relationships KNOWS relationships generated (random endpoints, seeded)
 * @param heap the -Xms/-Xmx both server JVMs get, as the JVM spells it ({@code 2g})
 * @param rounds measured rounds per workload; the engines swap order every round
 * @param roundTime how long one engine runs one workload in one round
 * @param maxOpsPerRound a cap on operations per engine per round, whatever the time
 * @param streamRows rows the streaming-read workload returns at most
 * @param batchRows rows of the UNWIND batch write
 * @param operationLimit the transaction timeout of each operation; an engine whose warm-up
 *     operation takes longer is reported as too slow for that workload instead of being measured
 */
public record Profile(
        String name,
        int nodes,
        int relationships,
        String heap,
        int rounds,
        Duration roundTime,
        int maxOpsPerRound,
        int streamRows,
        int batchRows,
        Duration operationLimit) {

    /** Seconds: the runner's own test. */
    public static final Profile TINY =
            new Profile("tiny", 300, 1_500, "512m", 2, Duration.ofMillis(300), 50, 1_500, 200, Duration.ofSeconds(5));

    /** 100k nodes / 1M relationships: the figure the issue asks for. */
    public static final Profile SMALL = new Profile(
            "small",
            100_000,
            1_000_000,
            "2g",
            3,
            Duration.ofSeconds(2),
            100_000,
            1_000_000,
            10_000,
            Duration.ofSeconds(20));

    /** 1M nodes / 10M relationships: defined, too big for a shared two-core machine. */
    public static final Profile MEDIUM = new Profile(
            "medium",
            1_000_000,
            10_000_000,
            "8g",
            3,
            Duration.ofSeconds(5),
            1_000_000,
            1_000_000,
            10_000,
            Duration.ofSeconds(60));

    /** The profile of that name, or an error listing the valid ones. */
    public static Profile named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "tiny" -> TINY;
            case "small" -> SMALL;
            case "medium" -> MEDIUM;
            default -> throw new IllegalArgumentException("profile: '" + name + "' (expected: tiny, small or medium)");
        };
    }

    /** The budget of one engine in one round: the warm-up round gets half the time. */
    Round round(boolean warmUp) {
        return new Round(warmUp ? roundTime.dividedBy(2) : roundTime, maxOpsPerRound, operationLimit);
    }

    /**
     * One round's budget. Immutable.
     *
     * @param time how long the round runs (every session completes at least one operation)
     * @param maxOps operations at most, over all sessions
     * @param operationLimit the transaction timeout of each operation
     */
    record Round(Duration time, int maxOps, Duration operationLimit) {}
}
