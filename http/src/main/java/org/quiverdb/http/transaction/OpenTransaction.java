package org.quiverdb.http.transaction;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.quiverdb.session.api.Session;

/**
 * An explicit transaction kept open between requests: its id, the session that holds it, and when
 * it expires. Thread-safe: {@code inUse} admits one request at a time; {@code expiresAt} is
 * volatile and only moved by the request holding it.
 */
public final class OpenTransaction {
    private final long id;
    private final Session session;
    private final String user;
    private final AtomicBoolean inUse = new AtomicBoolean(true);
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile Instant expiresAt;

    OpenTransaction(long id, Session session, String user, Instant expiresAt) {
        this.id = id;
        this.session = session;
        this.user = user;
        this.expiresAt = expiresAt;
    }

    public long id() {
        return id;
    }

    public Session session() {
        return session;
    }

    /** The user who began it; only that user's requests may use it. */
    public String user() {
        return user;
    }

    /** When the transaction is rolled back unless a request arrives before. */
    public Instant expiresAt() {
        return expiresAt;
    }

    boolean tryAcquire() {
        return inUse.compareAndSet(false, true);
    }

    void release(Instant newExpiry) {
        expiresAt = newExpiry;
        inUse.set(false);
    }

    /** True for the one caller that ends this transaction. */
    boolean markFinished() {
        return finished.compareAndSet(false, true);
    }

    boolean isExpired(Instant now) {
        return now.isAfter(expiresAt);
    }
}
