package org.quiverdb.bench.side;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.quiverdb.bench.SuppressForbidden;

/**
 * Runs one round of one workload on one engine: {@code concurrency} sessions, each sending
 * statements back to back and reading every row, until the round's time or operation budget is
 * spent. The first failure ends the round and is rethrown. Thread-safe: each session thread keeps
 * its own latencies; the shared sequence is atomic.
 */
@SuppressForbidden
final class RoundExecutor {
    private final ExecutorService threads;
    private final AtomicLong sequence = new AtomicLong();

    RoundExecutor(ExecutorService threads) {
        this.threads = threads;
    }

    /** Runs the round and adds it to {@code samples}; {@code seed} makes the statements repeatable. */
    void run(Driver driver, Workload workload, long[] ids, long seed, Profile.Round round, Samples samples)
            throws Exception {
        Duration time = round.time();
        int maxOps = round.maxOps();
        TransactionConfig txConfig =
                TransactionConfig.builder().withTimeout(round.operationLimit()).build();
        int sessions = workload.concurrency();
        int perSession = Math.max(1, maxOps / sessions);
        long start = System.nanoTime();
        long deadline = start + time.toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            Random random = new Random(seed * 31 + i);
            futures.add(threads.submit(() -> session(driver, workload, ids, random, deadline, perSession, txConfig)));
        }
        List<long[]> results = new ArrayList<>();
        Exception failure = null;
        for (Future<long[]> future : futures) {
            try {
                long wait = Math.max(0, deadline - System.nanoTime())
                        + 2 * round.operationLimit().toNanos();
                results.add(future.get(wait, TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                // The server never answered: leave the session thread behind (interrupted) rather
                // than stall the whole run on it.
                future.cancel(true);
                if (failure == null) {
                    failure = new TimeoutException("no answer within "
                            + round.operationLimit().multipliedBy(2) + " after the round's time ran out");
                }
            } catch (ExecutionException e) {
                if (failure == null && e.getCause() instanceof Exception cause) {
                    failure = cause;
                }
            }
        }
        long wall = System.nanoTime() - start;
        if (failure != null) {
            throw failure;
        }
        for (long[] latencies : results) {
            samples.addRound(latencies, latencies.length, 0);
        }
        samples.addRound(new long[0], 0, wall);
    }

    private long[] session(
            Driver driver,
            Workload workload,
            long[] ids,
            Random random,
            long deadline,
            int maxOps,
            TransactionConfig txConfig) {
        long[] latencies = new long[Math.min(maxOps, 1 << 16)];
        int count = 0;
        try (Session session = driver.session()) {
            while (count < maxOps && (count == 0 || System.nanoTime() < deadline)) {
                Query query = workload.source().next(random, ids, sequence.incrementAndGet());
                long before = System.nanoTime();
                Result result = session.run(query.text(), query.parameters(), txConfig);
                while (result.hasNext()) {
                    result.next();
                }
                long took = System.nanoTime() - before;
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, latencies.length * 2);
                }
                latencies[count++] = took;
            }
        }
        return Arrays.copyOf(latencies, count);
    }
}
