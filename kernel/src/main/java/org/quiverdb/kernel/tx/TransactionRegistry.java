package org.quiverdb.kernel.tx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.kernel.api.TransactionConfig;

/**
 * The open transactions of one database, by handle id: begins them with their deadline, lists them
 * and terminates them by id. Thread-safe (concurrent map, atomic counter).
 */
public final class TransactionRegistry {
    private final AtomicLong handles = new AtomicLong();
    private final Map<Long, GraphTransaction> open = new ConcurrentHashMap<>();

    /** Begins a transaction; a zero timeout in {@code config} means {@code defaultTimeout}. */
    public KernelTransaction begin(TransactionContext context, TransactionConfig config, Duration defaultTimeout) {
        Duration timeout = config.timeout().isZero() ? defaultTimeout : config.timeout();
        long deadline =
                timeout.isZero() || timeout.isNegative() ? 0 : context.clock().millis() + timeout.toMillis();
        GraphTransaction tx = new GraphTransaction(context, config, handles.incrementAndGet(), deadline);
        open.put(tx.handleId(), tx);
        return tx;
    }

    void remove(GraphTransaction tx) {
        open.remove(tx.handleId());
    }

    /** Marks the transaction for termination; false when no open transaction has that id. */
    public boolean terminate(long handleId, Status reason) {
        GraphTransaction tx = open.get(handleId);
        if (tx == null) {
            return false;
        }
        tx.markForTermination(reason);
        return true;
    }

    public List<KernelTransaction> openTransactions() {
        return new ArrayList<>(open.values());
    }

    /**
     * Times out every open transaction whose deadline passed at {@code nowMillis}, releasing its
     * snapshot even when its owner is idle; returns how many expired.
     */
    public int expireOverdue(long nowMillis) {
        int expired = 0;
        for (GraphTransaction tx : open.values()) {
            if (tx.expireIfOverdue(nowMillis)) {
                expired++;
            }
        }
        return expired;
    }

    /** Terminates every open transaction (database shutdown). */
    public void terminateAll(Status reason) {
        open.values().forEach(tx -> tx.markForTermination(reason));
    }
}
