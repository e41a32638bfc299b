package org.quiverdb.storage.mvcc;

import java.time.Clock;
import java.time.Duration;
import java.util.TreeMap;

/**
 * The visible horizon (newest transaction id new snapshots see) and the snapshots still open,
 * so old versions are reclaimed only when no open snapshot can need them.
 *
 * <p>Invariant: {@link #oldest()} never exceeds the id of any snapshot opened before or during the
 * call, because opening reads the horizon and registers under the same monitor that computes the
 * oldest. Thread-safe: every method synchronizes on this.
 */
public final class SnapshotRegistry {
    private final TreeMap<Long, Integer> open = new TreeMap<>();
    private final Clock clock;
    private long visible;

    public SnapshotRegistry(long visible, Clock clock) {
        this.visible = visible;
        this.clock = clock;
    }

    /** Registers a snapshot at the current horizon and returns its transaction id. */
    public synchronized long open() {
        open.merge(visible, 1, Integer::sum);
        return visible;
    }

    public synchronized void close(long snapshotTx) {
        open.computeIfPresent(snapshotTx, (k, n) -> n == 1 ? null : n - 1);
    }

    /** The oldest transaction id any open or future snapshot may read at. */
    public synchronized long oldest() {
        return open.isEmpty() ? visible : Math.min(open.firstKey(), visible);
    }

    public synchronized long visible() {
        return visible;
    }

    /** Advances the horizon to {@code txId} (all earlier transactions must be durable and applied). */
    public synchronized void publish(long txId) {
        if (txId > visible) {
            visible = txId;
            notifyAll();
        }
    }

    /** Waits until {@code txId} is visible; false when {@code timeout} passes first. */
    public synchronized boolean await(long txId, Duration timeout) throws InterruptedException {
        long deadline = clock.millis() + Math.max(0, timeout.toMillis());
        while (visible < txId) {
            long remaining = deadline - clock.millis();
            if (remaining <= 0) {
                return false;
            }
            wait(remaining);
        }
        return true;
    }

    public synchronized int openCount() {
        return open.values().stream().mapToInt(Integer::intValue).sum();
    }
}
