package org.quiverdb.kernel.database;

import java.time.Duration;
import java.util.List;
import org.quiverdb.kernel.api.GraphDatabase;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.kernel.tx.MemoryPool;
import org.quiverdb.kernel.tx.TransactionContext;
import org.quiverdb.kernel.tx.TransactionRegistry;
import org.quiverdb.storage.api.StorageEngine;

/**
 * One named database in this process: a storage engine and its open transactions. Thread-safe
 * (the engine and registry are; {@code closed} is volatile).
 */
final class LocalDatabase implements GraphDatabase {
    private final String name;
    private final StorageEngine engine;
    private final KernelSettings settings;
    private final TransactionRegistry registry = new TransactionRegistry();
    private final TransactionContext context;
    private volatile boolean closed;

    LocalDatabase(String name, StorageEngine engine, KernelSettings settings, MemoryPool memoryPool) {
        this.name = name;
        this.engine = engine;
        this.settings = settings;
        this.context = new TransactionContext(
                name, engine, settings.clock(), registry, settings.transactionMemoryMax(), memoryPool);
    }

    @Override
    public String name() {
        return name;
    }

    StorageEngine engine() {
        return engine;
    }

    TransactionRegistry registry() {
        return registry;
    }

    @Override
    public KernelTransaction begin(TransactionConfig config) {
        if (closed) {
            throw new QuiverException(Status.DATABASE_UNAVAILABLE, "Database '" + name + "' is unavailable.");
        }
        return registry.begin(context, config, settings.transactionTimeout());
    }

    @Override
    public long lastCommittedTransactionId() {
        return engine.lastCommittedTransactionId();
    }

    @Override
    public void awaitTransaction(long txId, Duration timeout) {
        boolean reached;
        try {
            reached = engine.awaitVisible(txId, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reached = false;
        }
        if (!reached) {
            throw new QuiverException(
                    Status.TRANSIENT_BOOKMARK_TIMEOUT,
                    "Database '" + name + "' not up to the requested version: " + txId + ". Latest database version is "
                            + engine.lastCommittedTransactionId());
        }
    }

    @Override
    public boolean terminateTransaction(long handleId) {
        return registry.terminate(handleId, Status.TRANSACTION_TERMINATED);
    }

    @Override
    public List<KernelTransaction> openTransactions() {
        return registry.openTransactions();
    }

    void close() {
        closed = true;
        registry.terminateAll(Status.TRANSIENT_TRANSACTION_TERMINATED);
        engine.close();
    }
}
