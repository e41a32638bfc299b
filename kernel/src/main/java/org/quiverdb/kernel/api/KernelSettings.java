package org.quiverdb.kernel.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the kernel runs its databases. The server builds this from Neo4j-named settings; tests build
 * it with {@link #defaults()} and the withers.
 *
 * @param defaultDatabase {@code dbms.default_database}
 * @param transactionTimeout {@code dbms.transaction.timeout}; zero means none
 * @param fsyncPolicy when commits reach stable storage
 * @param transactionMemoryMax {@code dbms.memory.transaction.max} in bytes; zero means unlimited
 * @param transactionMemoryTotalMax {@code dbms.memory.transaction.total.max}; zero means unlimited
 * @param logSegmentBytes {@code db.tx_log.rotation.size}: a log segment is rotated past this size
 * @param logRetentionBytes log bytes kept behind the newest checkpoint for backup and catchup
 * @param checkpointInterval {@code db.checkpoint.interval.time}
 * @param checkpointLogBytes {@code db.checkpoint.interval.volume}: checkpoint after this much log
 * @param clock the time source for timeouts and checkpoints
 */
public record KernelSettings(
        String defaultDatabase,
        Duration transactionTimeout,
        FsyncPolicy fsyncPolicy,
        long transactionMemoryMax,
        long transactionMemoryTotalMax,
        long logSegmentBytes,
        long logRetentionBytes,
        Duration checkpointInterval,
        long checkpointLogBytes,
        Clock clock) {

    public KernelSettings {
        Objects.requireNonNull(defaultDatabase, "defaultDatabase");
        Objects.requireNonNull(transactionTimeout, "transactionTimeout");
        Objects.requireNonNull(fsyncPolicy, "fsyncPolicy");
        Objects.requireNonNull(checkpointInterval, "checkpointInterval");
        Objects.requireNonNull(clock, "clock");
        if (logSegmentBytes < 1024) {
            throw new IllegalArgumentException("log segment size " + logSegmentBytes + " (expected: >= 1024)");
        }
    }

    /** Neo4j's defaults: database {@code neo4j}, no timeout, fsync every commit, 256 MiB segments. */
    public static KernelSettings defaults() {
        return new KernelSettings(
                "neo4j",
                Duration.ZERO,
                FsyncPolicy.EVERY_COMMIT,
                0,
                0,
                256L << 20,
                1L << 30,
                Duration.ofMinutes(15),
                250L << 20,
                Clock.systemUTC());
    }

    public KernelSettings withDefaultDatabase(String name) {
        return new KernelSettings(
                name,
                transactionTimeout,
                fsyncPolicy,
                transactionMemoryMax,
                transactionMemoryTotalMax,
                logSegmentBytes,
                logRetentionBytes,
                checkpointInterval,
                checkpointLogBytes,
                clock);
    }

    public KernelSettings withTransactionTimeout(Duration timeout) {
        return new KernelSettings(
                defaultDatabase,
                timeout,
                fsyncPolicy,
                transactionMemoryMax,
                transactionMemoryTotalMax,
                logSegmentBytes,
                logRetentionBytes,
                checkpointInterval,
                checkpointLogBytes,
                clock);
    }

    public KernelSettings withFsyncPolicy(FsyncPolicy policy) {
        return new KernelSettings(
                defaultDatabase,
                transactionTimeout,
                policy,
                transactionMemoryMax,
                transactionMemoryTotalMax,
                logSegmentBytes,
                logRetentionBytes,
                checkpointInterval,
                checkpointLogBytes,
                clock);
    }

    public KernelSettings withTransactionMemory(long perTransaction, long total) {
        return new KernelSettings(
                defaultDatabase,
                transactionTimeout,
                fsyncPolicy,
                perTransaction,
                total,
                logSegmentBytes,
                logRetentionBytes,
                checkpointInterval,
                checkpointLogBytes,
                clock);
    }

    public KernelSettings withLog(long segmentBytes, long retentionBytes) {
        return new KernelSettings(
                defaultDatabase,
                transactionTimeout,
                fsyncPolicy,
                transactionMemoryMax,
                transactionMemoryTotalMax,
                segmentBytes,
                retentionBytes,
                checkpointInterval,
                checkpointLogBytes,
                clock);
    }

    public KernelSettings withCheckpoints(Duration interval, long logBytes) {
        return new KernelSettings(
                defaultDatabase,
                transactionTimeout,
                fsyncPolicy,
                transactionMemoryMax,
                transactionMemoryTotalMax,
                logSegmentBytes,
                logRetentionBytes,
                interval,
                logBytes,
                clock);
    }

    public KernelSettings withClock(Clock newClock) {
        return new KernelSettings(
                defaultDatabase,
                transactionTimeout,
                fsyncPolicy,
                transactionMemoryMax,
                transactionMemoryTotalMax,
                logSegmentBytes,
                logRetentionBytes,
                checkpointInterval,
                checkpointLogBytes,
                newClock);
    }
}
