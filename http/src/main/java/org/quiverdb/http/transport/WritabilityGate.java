package org.quiverdb.http.transport;

import io.netty.channel.Channel;
import java.io.IOException;
import java.time.Duration;

/**
 * Lets a worker thread that streams a response wait until the client has drained the channel's
 * outbound buffer. The event loop {@link #signal()}s on every writability change and on close.
 * Thread-safe: waiters and signallers meet on one monitor.
 */
final class WritabilityGate {
    private static final long SLICE_MILLIS = 200;

    private final Object monitor = new Object();

    /** Wakes every waiter so it can look at the channel again. */
    void signal() {
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    /**
     * Returns once {@code channel} is writable; throws when it closes or stays full for longer than
     * {@code timeout} (a client that stopped reading loses its connection, nobody else's).
     */
    void awaitWritable(Channel channel, Duration timeout) throws IOException {
        long slices = Math.max(1, timeout.toMillis() / SLICE_MILLIS);
        synchronized (monitor) {
            for (long i = 0; i < slices; i++) {
                if (!channel.isActive()) {
                    throw new IOException("client closed the connection while a response was streaming");
                }
                if (channel.isWritable()) {
                    return;
                }
                try {
                    monitor.wait(SLICE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the client to read", e);
                }
            }
        }
        if (!channel.isActive() || !channel.isWritable()) {
            var unused = channel.close();
            throw new IOException("client read nothing for " + timeout + " (expected: a reading client)");
        }
    }
}
