package org.quiverdb.storage.graph;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;
import org.quiverdb.storage.api.CountKeys;
import org.quiverdb.storage.api.StorageException;
import org.quiverdb.storage.api.StorageFailure;
import org.quiverdb.storage.api.StoreView;
import org.quiverdb.values.value.Value;

/**
 * A {@link StoreView} over a {@link GraphStore} at one snapshot. Each call takes the store's read
 * lock, so it never sees a commit half applied; the snapshot id keeps later commits invisible.
 * Confined to one thread at a time, except {@link #close}, which any thread may call once or more
 * (a timeout reaper releases an idle transaction's snapshot): every read checks, under the read
 * lock, that the view is open, so no read runs against versions reclaimed after the close.
 */
final class SnapshotView implements StoreView {
    private final GraphStore store;
    private final long snapshotTx;
    private final Lock lock;
    private final AtomicReference<Runnable> onClose;
    private volatile boolean closed;

    SnapshotView(GraphStore store, long snapshotTx, Runnable onClose) {
        this.store = store;
        this.snapshotTx = snapshotTx;
        this.lock = store.lock.readLock();
        this.onClose = new AtomicReference<>(onClose);
    }

    @Override
    public long transactionId() {
        return snapshotTx;
    }

    @Override
    public long nodeIdLimit() {
        lock.lock();
        try {
            requireOpen();
            return store.nodeLimit;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long relationshipIdLimit() {
        lock.lock();
        try {
            requireOpen();
            return store.relLimit;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean nodeExists(long node) {
        lock.lock();
        try {
            requireOpen();
            return store.nodeRecordAt(node, snapshotTx) >= 0;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int scanNodes(long fromId, int label, long[] out) {
        lock.lock();
        try {
            requireOpen();
            return store.scanNodesAt(fromId, label, out, snapshotTx);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int scanRelationships(long fromId, long[] out) {
        lock.lock();
        try {
            requireOpen();
            return store.scanRelationshipsAt(fromId, out, snapshotTx);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int[] nodeLabels(long node) {
        lock.lock();
        try {
            requireOpen();
            return store.labelsOf(store.nodeRecordAt(node, snapshotTx));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Value nodeProperty(long node, int key) {
        lock.lock();
        try {
            requireOpen();
            return store.propertyOf(store.nodeRecordAt(node, snapshotTx), key);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int[] nodePropertyKeys(long node) {
        lock.lock();
        try {
            requireOpen();
            return store.stateOf(store.nodeRecordAt(node, snapshotTx)).keys();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long[] nodeRelationships(long node) {
        lock.lock();
        try {
            requireOpen();
            if (store.nodeRecordAt(node, snapshotTx) < 0) {
                return new long[0];
            }
            return store.nodeRelationshipsAt(node, snapshotTx);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long[] expand(long node) {
        lock.lock();
        try {
            requireOpen();
            if (store.nodeRecordAt(node, snapshotTx) < 0) {
                return new long[0];
            }
            long[] ids = store.nodeRelationshipsAt(node, snapshotTx);
            long[] out = new long[ids.length * 4];
            for (int i = 0; i < ids.length; i++) {
                int rel = (int) ids[i];
                out[4 * i] = rel;
                out[4 * i + 1] = store.relType[rel];
                out[4 * i + 2] = store.relStart[rel];
                out[4 * i + 3] = store.relEnd[rel];
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long[] expand(long node, boolean outgoing, boolean incoming, int[] types) {
        lock.lock();
        try {
            requireOpen();
            if (store.nodeRecordAt(node, snapshotTx) < 0) {
                return new long[0];
            }
            return store.expandAt(node, snapshotTx, outgoing, incoming, types);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int degree(long node, boolean outgoing, boolean incoming, int[] types) {
        lock.lock();
        try {
            requireOpen();
            if (store.nodeRecordAt(node, snapshotTx) < 0) {
                return 0;
            }
            return store.degreeAt(node, snapshotTx, outgoing, incoming, types);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean relationshipExists(long rel) {
        lock.lock();
        try {
            requireOpen();
            return store.relRecordAt(rel, snapshotTx) >= 0;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int relationshipType(long rel) {
        lock.lock();
        try {
            requireOpen();
            return store.relRecordAt(rel, snapshotTx) >= 0 ? store.relType[(int) rel] : -1;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long relationshipStartNode(long rel) {
        lock.lock();
        try {
            requireOpen();
            return store.relRecordAt(rel, snapshotTx) >= 0 ? store.relStart[(int) rel] : -1;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long relationshipEndNode(long rel) {
        lock.lock();
        try {
            requireOpen();
            return store.relRecordAt(rel, snapshotTx) >= 0 ? store.relEnd[(int) rel] : -1;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Value relationshipProperty(long rel, int key) {
        lock.lock();
        try {
            requireOpen();
            return store.propertyOf(store.relRecordAt(rel, snapshotTx), key);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int[] relationshipPropertyKeys(long rel) {
        lock.lock();
        try {
            requireOpen();
            return store.stateOf(store.relRecordAt(rel, snapshotTx)).keys();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long countNodes(int label) {
        lock.lock();
        try {
            requireOpen();
            return store.countNodesAt(label, snapshotTx);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long countRelationships(int startLabel, int type, int endLabel) {
        if (startLabel != CountKeys.ANY && endLabel != CountKeys.ANY) {
            throw new IllegalArgumentException("relationship count with both labels bound (" + startLabel + ", "
                    + endLabel + ") (expected: at most one bound label)");
        }
        lock.lock();
        try {
            requireOpen();
            return store.countAt(CountKeys.relationship(startLabel, type, endLabel), snapshotTx);
        } finally {
            lock.unlock();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new StorageException(
                    StorageFailure.SNAPSHOT_RELEASED,
                    "snapshot " + snapshotTx + " was released (expected: an open view)");
        }
    }

    @Override
    public void close() {
        closed = true;
        Runnable callback = onClose.getAndSet(null);
        if (callback != null) {
            callback.run();
        }
    }
}
