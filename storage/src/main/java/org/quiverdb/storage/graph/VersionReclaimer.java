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
                if (v.recordReplaced) {
                    dropUnreachableLabels(node, store.labelsOf(v.record));
                }
                if (v.adjacencyReplaced && v.adjacency >= 0) {
                    releaseDirectory(v.adjacency, successorDirectory(node));
                    v.adjacencyReplaced = false;
                }
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

    /**
     * Drops the node from the index of each of {@code labels} that neither its current record nor
     * any before-image still retained has: no snapshot can see the node with that label any more.
     */
    private void dropUnreachableLabels(long node, int[] labels) {
        for (int label : labels) {
            if (!hasLabel(store.nodeRecord[(int) node], label) && !retainedWithLabel(node, label)) {
                store.labelIndex.remove(label, node);
            }
        }
    }

    private boolean retainedWithLabel(long node, int label) {
        for (Version v = store.nodeVersions.get(node); v != null; v = v.older) {
            if (hasLabel(v.record, label)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasLabel(long address, int label) {
        return address >= 0 && EntityRecordFormat.hasLabel(store.recordBytes(address), label);
    }

    /** The node's adjacency right after the oldest retained commit: the next version's, or the current. */
    private long successorDirectory(long node) {
        Version oldest = null;
        for (Version v = store.nodeVersions.get(node); v != null; v = v.older) {
            oldest = v;
        }
        return oldest != null ? oldest.adjacency : store.nodeAdjacency[(int) node];
    }

    /** Frees a replaced directory and the lists it alone referenced (those its successor does not). */
    private void releaseDirectory(long directory, long successor) {
        RecordHeap heap = store.heap;
        int groups = AdjacencyFormat.groups(heap, directory);
        int successorGroups = AdjacencyFormat.groups(heap, successor);
        for (int g = 0; g < groups; g++) {
            long list = AdjacencyFormat.groupList(heap, directory, g);
            boolean kept = false;
            for (int h = 0; h < successorGroups && !kept; h++) {
                kept = AdjacencyFormat.groupList(heap, successor, h) == list;
            }
            if (!kept && list >= 0) {
                heap.free(list);
            }
        }
        heap.free(directory);
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
