package org.quiverdb.kernel.api;

import java.time.Duration;
import java.util.List;

/** One named database: its store, its log, its transactions. Safe for concurrent use. */
public interface GraphDatabase {
    String name();

    /** Begins a transaction that sees everything committed before this call. */
    KernelTransaction begin(TransactionConfig config);

    /** The id of the newest committed transaction (a bookmark for "everything so far"). */
    long lastCommittedTransactionId();

    /**
     * Waits until transaction {@code txId} is committed and visible; fails with {@link
     * Status#TRANSIENT_BOOKMARK_TIMEOUT} after {@code timeout}.
     */
    void awaitTransaction(long txId, Duration timeout);

    /**
     * Marks the open transaction with this {@link KernelTransaction#handleId()} for termination
     * ({@code TERMINATE TRANSACTIONS}); its next operation fails. False when no such transaction is
     * open.
     */
    default boolean terminateTransaction(long handleId) {
        return false;
    }

    /** The transactions open right now ({@code SHOW TRANSACTIONS}). */
    default List<KernelTransaction> openTransactions() {
        return List.of();
    }
}
