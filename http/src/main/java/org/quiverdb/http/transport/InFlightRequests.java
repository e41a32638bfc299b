package org.quiverdb.http.transport;

import java.time.Duration;

/**
 * Counts requests being answered, so that a stopping server can wait for them before closing
 * their connections. Thread-safe: the count is guarded by this object's monitor.
 */
public final class InFlightRequests {
    private static final long SLICE_MILLIS = 50;

    private int count;

    synchronized void enter() {
        count++;
    }

    synchronized void exit() {
        count--;
        if (count == 0) {
            notifyAll();
        }
    }

    /** How many requests are being answered now. */
    public synchronized int count() {
        return count;
    }

    /** Waits until no request is being answered, or {@code timeout} passes; returns whether idle. */
    public synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long slices = Math.max(1, timeout.toMillis() / SLICE_MILLIS);
        for (long i = 0; i < slices && count > 0; i++) {
            wait(SLICE_MILLIS);
        }
        return count == 0;
    }
}
