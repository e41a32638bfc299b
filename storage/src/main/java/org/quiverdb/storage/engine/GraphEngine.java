package org.quiverdb.storage.engine;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.quiverdb.storage.api.Command;
import org.quiverdb.storage.api.StorageEngine;
import org.quiverdb.storage.api.StorageException;
import org.quiverdb.storage.api.StorageFailure;
import org.quiverdb.storage.api.StoreView;
import org.quiverdb.storage.api.TokenKind;
import org.quiverdb.storage.graph.ConsistencyChecker;
import org.quiverdb.storage.graph.GraphStore;
import org.quiverdb.storage.log.CommitLog;
import org.quiverdb.storage.mvcc.SnapshotRegistry;

/**
 * The in-memory MVCC engine: a {@link GraphStore}, the registry of open snapshots, and the commit
 * pipeline (validate, assign id, append to the log, apply — serialized; then wait for the shared
 * fsync and publish, concurrently).
 *
 * <p>Invariant: a transaction becomes visible only after it and all earlier ones are durable and
 * applied. Thread-safe: {@link #commitLock} serializes validation, id assignment, log append and
 * apply; {@link #tokenLock} serializes token creation.
 */
public final class GraphEngine implements StorageEngine {
    private final GraphStore store;
    private final SnapshotRegistry snapshots;
    private final CommitLog log;
    private final UUID databaseId;
    private final Object commitLock = new Object();
    private final Object tokenLock = new Object();
    private final AutoCloseable storeLock;
    private Checkpointer checkpointer;
    private long lastAssigned;
    private volatile StorageException panic;
    private volatile boolean closed;

    GraphEngine(GraphStore store, long lastTx, CommitLog log, UUID databaseId, Clock clock, AutoCloseable storeLock) {
        this.store = store;
        this.snapshots = new SnapshotRegistry(lastTx, clock);
        this.log = log;
        this.databaseId = databaseId;
        this.lastAssigned = lastTx;
        this.storeLock = storeLock;
    }

    /** An engine with no files: everything is lost on close. */
    public static GraphEngine inMemory(UUID databaseId, Clock clock) {
        return new GraphEngine(new GraphStore(), 0, CommitLog.none(), databaseId, clock, () -> {});
    }

    GraphStore store() {
        return store;
    }

    void attach(Checkpointer attached) {
        this.checkpointer = attached;
    }

    /** A view for checkpoints, allowed while closing. */
    StoreView openViewForCheckpoint() {
        long snapshot = snapshots.open();
        return store.view(snapshot, () -> snapshots.close(snapshot));
    }

    SnapshotRegistry snapshots() {
        return snapshots;
    }

    @Override
    public UUID databaseId() {
        return databaseId;
    }

    @Override
    public StoreView openView() {
        checkOpen();
        long snapshot = snapshots.open();
        return store.view(snapshot, () -> {
            snapshots.close(snapshot);
            store.reclaim(snapshots.oldest());
        });
    }

    @Override
    public long lastCommittedTransactionId() {
        return snapshots.visible();
    }

    @Override
    public boolean awaitVisible(long txId, Duration timeout) throws InterruptedException {
        return snapshots.await(txId, timeout);
    }

    @Override
    public long reserveNodeId() {
        return store.nodeIds().reserve();
    }

    @Override
    public long reserveRelationshipId() {
        return store.relationshipIds().reserve();
    }

    @Override
    public void releaseNodeId(long node) {
        store.nodeIds().release(node);
    }

    @Override
    public void releaseRelationshipId(long relationship) {
        store.relationshipIds().release(relationship);
    }

    @Override
    public int token(TokenKind kind, String name) {
        return store.tokens().id(kind, name);
    }

    @Override
    public int tokenOrCreate(TokenKind kind, String name) {
        int id = store.tokens().id(kind, name);
        if (id >= 0) {
            return id;
        }
        synchronized (tokenLock) {
            id = store.tokens().id(kind, name);
            if (id < 0) {
                id = store.tokens().nextId(kind);
                commit(snapshots.visible(), List.of(new Command.CreateToken(kind, id, name)));
            }
            return id;
        }
    }

    @Override
    public String tokenName(TokenKind kind, int id) {
        return store.tokens().name(kind, id);
    }

    @Override
    public long commit(long snapshotTx, List<Command> commands) {
        if (commands.isEmpty()) {
            return snapshots.visible();
        }
        long txId;
        synchronized (commitLock) {
            checkOpen();
            store.validate(snapshotTx, commands);
            txId = lastAssigned + 1;
            try {
                log.append(txId, commands);
            } catch (IOException | RuntimeException e) {
                throw panic("appending transaction " + txId + " to the log failed", e);
            }
            lastAssigned = txId;
            store.apply(txId, commands);
        }
        try {
            log.awaitDurable(txId);
        } catch (IOException | RuntimeException e) {
            throw panic("forcing transaction " + txId + " to disk failed", e);
        }
        snapshots.publish(txId);
        store.reclaim(snapshots.oldest());
        Checkpointer attached = checkpointer;
        if (attached != null) {
            attached.afterCommit();
        }
        return txId;
    }

    private StorageException panic(String what, Exception cause) {
        StorageException failure = new StorageException(
                StorageFailure.PANIC,
                what + "; the database refuses writes until restarted: " + cause.getMessage(),
                cause);
        panic = failure;
        return failure;
    }

    private void checkOpen() {
        if (closed) {
            throw new StorageException(StorageFailure.CLOSED, "database " + databaseId + " is closed");
        }
        StorageException failure = panic;
        if (failure != null) {
            throw new StorageException(StorageFailure.PANIC, failure.getMessage(), failure);
        }
    }

    @Override
    public void checkpoint() {
        checkOpen();
        if (checkpointer != null) {
            try {
                checkpointer.checkpointNow();
            } catch (IOException e) {
                throw new StorageException(StorageFailure.IO_FAILURE, "checkpoint failed: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public List<String> checkConsistency() {
        synchronized (commitLock) {
            return ConsistencyChecker.check(store);
        }
    }

    @Override
    public long footprintBytes() {
        return store.footprintBytes();
    }

    /**
     * Simulates the process dying: stops background work without a checkpoint or closing files,
     * and refuses further use. Tests use it before they crash the file system.
     */
    void abandon() {
        synchronized (commitLock) {
            closed = true;
        }
        if (checkpointer != null) {
            checkpointer.stop();
        }
        try {
            storeLock.close();
        } catch (Exception e) {
            throw new StorageException(StorageFailure.IO_FAILURE, "releasing the store lock failed: " + e, e);
        }
    }

    @Override
    public void close() {
        synchronized (commitLock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        RuntimeException failure = null;
        try {
            if (checkpointer != null) {
                checkpointer.stop();
                if (panic == null) {
                    checkpointer.checkpointNow();
                }
            }
        } catch (IOException e) {
            failure = new StorageException(
                    StorageFailure.IO_FAILURE, "checkpoint at shutdown failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            log.close();
        } catch (IOException e) {
            failure = new StorageException(StorageFailure.IO_FAILURE, "closing the log failed: " + e.getMessage(), e);
        }
        try {
            storeLock.close();
        } catch (Exception e) {
            failure = new StorageException(StorageFailure.IO_FAILURE, "releasing the store lock failed: " + e, e);
        }
        if (failure != null) {
            throw failure;
        }
    }
}
