package org.quiverdb.kernel.tx;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Enforces {@code dbms.transaction.timeout} on idle transactions: on every tick it times out each
 * registered database's overdue transactions and releases their snapshots, so a client that
 * opened a transaction and went quiet cannot pin old versions in memory. Without it a timeout
 * would only be noticed at the transaction's next call.
 *
 * <p>Time comes from the injected {@link Clock}, ticks from the injected scheduler. Thread-safe:
 * registries may be added from any thread; {@link #run} may run concurrently with transactions.
 */
public final class TransactionReaper implements Runnable {
    /** How often the reaper looks; a timeout is enforced at most this late. */
    public static final Duration INTERVAL = Duration.ofMillis(200);

    private final Clock clock;
    private final List<TransactionRegistry> registries = new CopyOnWriteArrayList<>();

    public TransactionReaper(Clock clock) {
        this.clock = clock;
    }

    public void watch(TransactionRegistry registry) {
        registries.add(registry);
    }

    /** Schedules {@link #run} on {@code scheduler} every {@link #INTERVAL}; cancel the result to stop. */
    public ScheduledFuture<?> start(ScheduledExecutorService scheduler) {
        long millis = INTERVAL.toMillis();
        return scheduler.scheduleWithFixedDelay(this, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Times out overdue transactions now; returns how many. */
    public int reap() {
        long now = clock.millis();
        int expired = 0;
        for (TransactionRegistry registry : registries) {
            expired += registry.expireOverdue(now);
        }
        return expired;
    }

    @Override
    public void run() {
        reap();
    }
}
