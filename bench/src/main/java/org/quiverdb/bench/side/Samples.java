package org.quiverdb.bench.side;

import java.util.Arrays;

/**
 * The latencies and wall time one engine accumulated on one workload over all measured rounds.
 * Confined to the runner's main thread (session threads hand theirs over when a round ends).
 */
final class Samples {
    private long[] latencies = new long[1024];
    private int count;
    private long wallNanos;

    void addRound(long[] roundLatencies, int roundCount, long roundWallNanos) {
        if (count + roundCount > latencies.length) {
            latencies = Arrays.copyOf(latencies, Math.max(latencies.length * 2, count + roundCount));
        }
        System.arraycopy(roundLatencies, 0, latencies, count, roundCount);
        count += roundCount;
        wallNanos += roundWallNanos;
    }

    /** The figures of what was recorded; an error when nothing was. */
    Stats stats() {
        if (count == 0) {
            throw new IllegalStateException("no operation recorded (expected: at least 1)");
        }
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        return new Stats(
                count,
                wallNanos / 1e9,
                count / (wallNanos / 1e9),
                percentile(sorted, 0.50) / 1e3,
                percentile(sorted, 0.99) / 1e3,
                sorted[count - 1] / 1e3);
    }

    /** Nearest-rank percentile of a sorted array. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /**
     * One engine's figures for one workload.
     *
     * @param operations operations completed in the measured rounds
     * @param seconds wall time of the measured rounds
     * @param throughput operations per second (all sessions together)
     * @param p50Micros median latency of one operation, microseconds
     * @param p99Micros 99th percentile latency, microseconds
     * @param maxMicros the slowest operation, microseconds
     */
    record Stats(
            long operations, double seconds, double throughput, double p50Micros, double p99Micros, double maxMicros) {}
}
