package org.quiverdb.http.transaction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.session.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open transactions of one API, by id. A request {@link #acquire}s a transaction, works on it
 * and then either {@link #release}s it (its idle clock restarts) or {@link #finish}es it (it is
 * gone). A transaction idle past the timeout is rolled back by {@link #expireIdle} or, at the
 * latest, by the next request that names it. Thread-safe: the map is concurrent and each
 * transaction's own flag admits one request at a time.
 */
public final class TransactionRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionRegistry.class);

    private final Clock clock;
    private final Duration idleTimeout;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, OpenTransaction> open = new ConcurrentHashMap<>();

    public TransactionRegistry(Clock clock, Duration idleTimeout) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    /**
     * Registers a session holding a transaction {@code user} began; the caller holds it until
     * release/finish.
     */
    public OpenTransaction register(Session session, String user) {
        long id = ids.incrementAndGet();
        OpenTransaction tx =
                new OpenTransaction(id, session, user, clock.instant().plus(idleTimeout));
        open.put(id, tx);
        return tx;
    }

    /**
     * Takes the transaction for one request of {@code user}; fails when it is unknown, expired, in
     * use, or another user's (which is reported as unknown, so ids reveal nothing).
     */
    public OpenTransaction acquire(long id, String user) {
        OpenTransaction tx = open.get(id);
        if (tx == null || !tx.user().equals(user)) {
            throw notFound(id);
        }
        if (!tx.tryAcquire()) {
            throw new QuiverException(
                    Status.TRANSACTION_ACCESSED_CONCURRENTLY,
                    "transaction " + id + ": already used by another request (expected: one request at a time)");
        }
        if (tx.isExpired(clock.instant())) {
            finish(tx);
            throw notFound(id);
        }
        return tx;
    }

    /** Gives the transaction back after a request; it expires {@code idleTimeout} from now. */
    public Instant release(OpenTransaction tx) {
        Instant expiry = clock.instant().plus(idleTimeout);
        tx.release(expiry);
        return expiry;
    }

    /**
     * Forgets the transaction and closes its session, rolling back whatever is still open.
     * Idempotent. Call it before the response ends, so a client holding the answer never finds the
     * transaction still registered.
     */
    public void finish(OpenTransaction tx) {
        if (!tx.markFinished()) {
            return;
        }
        open.remove(tx.id(), tx);
        try {
            if (tx.session().inTransaction()) {
                tx.session().rollback();
            }
            tx.session().close();
        } catch (RuntimeException e) {
            LOG.warn("closing the session of transaction {} failed", tx.id(), e);
        }
    }

    /** Rolls back every transaction idle past its expiry; returns how many. */
    public int expireIdle() {
        Instant now = clock.instant();
        int expired = 0;
        for (OpenTransaction tx : open.values()) {
            if (tx.isExpired(now) && tx.tryAcquire()) {
                if (tx.isExpired(clock.instant())) {
                    finish(tx);
                    expired++;
                } else {
                    tx.release(tx.expiresAt());
                }
            }
        }
        return expired;
    }

    /**
     * Rolls back every idle open transaction and terminates those a request is working in; such a
     * request then ends with an error and finishes its transaction itself (server stop).
     */
    public void closeAll() {
        for (OpenTransaction tx : open.values()) {
            if (tx.tryAcquire()) {
                finish(tx);
            } else {
                tx.session().terminate();
            }
        }
    }

    /** How many transactions are open. */
    public int size() {
        return open.size();
    }

    private QuiverException notFound(long id) {
        return new QuiverException(
                Status.TRANSACTION_NOT_FOUND,
                "transaction " + id
                        + ": not found (expected: an open transaction; idle transactions are rolled back after "
                        + idleTimeout.toSeconds() + "s)");
    }
}
