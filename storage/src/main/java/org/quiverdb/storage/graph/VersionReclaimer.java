package org.quiverdb.storage.graph;

import java.util.Map;
import org.quiverdb.storage.mvcc.Version;

/**
 * Drops before-images no snapshot can read any more, in commit order, freeing the heap records they
 * alone held and returning the ids of entities deleted for good to the id pools. This is what makes
 * memory fall back after churn. Runs under the store's write lock.
 */
final class VersionReclaimer {
    private final GraphStore store;

    VersionReclaimer(GraphStore store) {
        this.store = store;
    }

    /** Reclaims every commit with id at most {@code oldestSnapshot}; returns how many. */
    int reclaim(long oldestSnapshot) {
        int reclaimed = 0;
        while (!store.history.isEmpty() && store.history.peekFirst().txId() <= oldestSnapshot) {
            CommitRecord commit = store.history.pollFirst();
            store.reclaimedThrough = commit.txId();
            for (int k = 0; k < commit.nodes().size(); k++) {
                long node = commit.nodes().get(k);
                Version v = unlinkOldest(store.nodeVersions, node, commit.txId());
                release(v);
                if (v.deletion) {
                    store.nodeRecord[(int) node] = GraphStore.FREE;
                    store.nodeIds.release(node);
                }
            }
            for (int k = 0; k < commit.relationships().size(); k++) {
                long rel = commit.relationships().get(k);
                Version v = unlinkOldest(store.relVersions, rel, commit.txId());
                release(v);
                if (v.deletion) {
                    store.relRecord[(int) rel] = GraphStore.FREE;
                    store.relType[(int) rel] = -1;
                    store.relationshipIds.release(rel);
                }
            }
            reclaimed++;
        }
        return reclaimed;
    }

    private void release(Version v) {
        if (v.recordReplaced && v.record >= 0) {
            store.heap.free(v.record);
        }
        if (v.adjacencyReplaced && v.adjacency >= 0) {
            store.heap.free(v.adjacency);
        }
    }

    private static Version unlinkOldest(Map<Long, Version> chains, long id, long txId) {
        Version head = chains.get(id);
        if (head == null) {
            throw new IllegalStateException("no version chain for entity " + id + " of commit " + txId);
        }
        if (head.older == null) {
            chains.remove(id);
            checkTx(head, id, txId);
            return head;
        }
        Version previous = head;
        while (previous.older.older != null) {
            previous = previous.older;
        }
        Version oldest = previous.older;
        previous.older = null;
        checkTx(oldest, id, txId);
        return oldest;
    }

    private static void checkTx(Version v, long id, long txId) {
        if (v.commitTx != txId) {
            throw new IllegalStateException(
                    "oldest version of entity " + id + " is from commit " + v.commitTx + " (expected: " + txId + ")");
        }
    }
}
