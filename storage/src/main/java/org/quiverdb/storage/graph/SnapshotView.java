package org.quiverdb.storage.graph;

import java.util.concurrent.locks.Lock;
import org.quiverdb.storage.api.CountKeys;
import org.quiverdb.storage.api.StoreView;
import org.quiverdb.values.value.Value;

/**
 * A {@link StoreView} over a {@link GraphStore} at one snapshot. Each call takes the store's read
 * lock, so it never sees a commit half applied; the snapshot id keeps later commits invisible.
 * Confined to one thread at a time.
 */
final class SnapshotView implements StoreView {
    private final GraphStore store;
    private final long snapshotTx;
    private final Lock lock;
    private Runnable onClose;

    SnapshotView(GraphStore store, long snapshotTx, Runnable onClose) {
        this.store = store;
        this.snapshotTx = snapshotTx;
        this.lock = store.lock.readLock();
        this.onClose = onClose;
    }

    @Override
    public long transactionId() {
        return snapshotTx;
    }

    @Override
    public long nodeIdLimit() {
        lock.lock();
        try {
            return store.nodeLimit;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long relationshipIdLimit() {
        lock.lock();
        try {
            return store.relLimit;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean nodeExists(long node) {
        lock.lock();
        try {
            return store.nodeRecordAt(node, snapshotTx) >= 0;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int scanNodes(long fromId, int label, long[] out) {
        lock.lock();
        try {
            return store.scanNodesAt(fromId, label, out, snapshotTx);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int scanRelationships(long fromId, long[] out) {
        lock.lock();
        try {
            return store.scanRelationshipsAt(fromId, out, snapshotTx);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int[] nodeLabels(long node) {
        lock.lock();
        try {
            return store.labelsOf(store.nodeRecordAt(node, snapshotTx));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Value nodeProperty(long node, int key) {
        lock.lock();
        try {
            return store.propertyOf(store.nodeRecordAt(node, snapshotTx), key);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int[] nodePropertyKeys(long node) {
        lock.lock();
        try {
            return store.stateOf(store.nodeRecordAt(node, snapshotTx)).keys();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long[] nodeRelationships(long node) {
        lock.lock();
        try {
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
    public boolean relationshipExists(long rel) {
        lock.lock();
        try {
            return store.relRecordAt(rel, snapshotTx) >= 0;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int relationshipType(long rel) {
        lock.lock();
        try {
            return store.relRecordAt(rel, snapshotTx) >= 0 ? store.relType[(int) rel] : -1;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long relationshipStartNode(long rel) {
        lock.lock();
        try {
            return store.relRecordAt(rel, snapshotTx) >= 0 ? store.relStart[(int) rel] : -1;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long relationshipEndNode(long rel) {
        lock.lock();
        try {
            return store.relRecordAt(rel, snapshotTx) >= 0 ? store.relEnd[(int) rel] : -1;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Value relationshipProperty(long rel, int key) {
        lock.lock();
        try {
            return store.propertyOf(store.relRecordAt(rel, snapshotTx), key);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int[] relationshipPropertyKeys(long rel) {
        lock.lock();
        try {
            return store.stateOf(store.relRecordAt(rel, snapshotTx)).keys();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long countNodes(int label) {
        lock.lock();
        try {
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
            return store.countAt(CountKeys.relationship(startLabel, type, endLabel), snapshotTx);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        Runnable callback = onClose;
        onClose = null;
        if (callback != null) {
            callback.run();
        }
    }
}
