package org.quiverdb.session.fake;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.quiverdb.kernel.api.GraphDatabase;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.kernel.api.TransactionConfig;

/**
 * A database fake: a transaction id counter that writing commits advance, and a record of every
 * transaction begun. Thread-safe; {@code lock} guards {@code lastCommitted}.
 */
public final class FakeGraphDatabase implements GraphDatabase {
    private final String name;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition advanced = lock.newCondition();
    private final List<FakeTransaction> begun = new CopyOnWriteArrayList<>();
    private long lastCommitted;

    public FakeGraphDatabase(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public KernelTransaction begin(TransactionConfig config) {
        FakeTransaction tx = new FakeTransaction(this, config);
        begun.add(tx);
        return tx.proxy();
    }

    public List<FakeTransaction> transactions() {
        return List.copyOf(begun);
    }

    public FakeTransaction lastTransaction() {
        return begun.get(begun.size() - 1);
    }

    @Override
    public long lastCommittedTransactionId() {
        lock.lock();
        try {
            return lastCommitted;
        } finally {
            lock.unlock();
        }
    }

    /** Pretends another member committed up to {@code txId}. */
    public void advanceTo(long txId) {
        lock.lock();
        try {
            lastCommitted = Math.max(lastCommitted, txId);
            advanced.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void awaitTransaction(long txId, Duration timeout) {
        lock.lock();
        try {
            long nanos = timeout.toNanos();
            while (lastCommitted < txId) {
                if (nanos <= 0) {
                    throw new QuiverException(
                            Status.TRANSIENT_BOOKMARK_TIMEOUT,
                            "bookmark " + txId + " not reached (last committed: " + lastCommitted + ")");
                }
                nanos = advanced.awaitNanos(nanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            lock.unlock();
        }
    }

    long committed(FakeTransaction tx, boolean wrote) {
        lock.lock();
        try {
            if (wrote) {
                lastCommitted++;
                advanced.signalAll();
            }
            return lastCommitted;
        } finally {
            lock.unlock();
        }
    }

    void rolledBack(FakeTransaction tx) {
        assert begun.contains(tx);
    }
}
