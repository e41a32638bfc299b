package org.quiverdb.storage.graph;

import java.util.HashSet;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Adds and removes relationship ids in nodes' grouped adjacency ({@link AdjacencyFormat}) for one
 * commit, copy-on-write against older snapshots.
 *
 * <p>Invariant: a directory or list this commit allocated is private (no snapshot reads it) and is
 * changed in place; a shared one is never changed below the counts older directories hold. The
 * first change to a node's adjacency copies its directory (O(groups)); appends go in place past
 * the shared count; a removal from a shared list copies only that group's list. Shared records this
 * commit replaced stay for older snapshots and are freed by {@link VersionReclaimer}.
 *
 * <p>Confined to the committing thread (or the checkpoint loader), under the store's write lock.
 */
final class AdjacencyWriter {
    private final GraphStore store;
    private final RecordHeap heap;
    private final Set<Long> privateRecords = new HashSet<>();
    private final boolean everythingPrivate;
    private final LongConsumer firstTouch;
    private final LongConsumer sharedReplaced;

    /**
     * @param everythingPrivate true while loading a checkpoint, when no snapshot exists yet
     * @param firstTouch called with a node before its adjacency is changed (to save a version)
     * @param sharedReplaced called with a node whose shared directory this commit replaced
     */
    AdjacencyWriter(GraphStore store, boolean everythingPrivate, LongConsumer firstTouch, LongConsumer sharedReplaced) {
        this.store = store;
        this.heap = store.heap;
        this.everythingPrivate = everythingPrivate;
        this.firstTouch = firstTouch;
        this.sharedReplaced = sharedReplaced;
    }

    boolean isPrivate(long address) {
        return everythingPrivate || privateRecords.contains(address);
    }

    private long allocate(int payload) {
        long address = heap.allocate(payload);
        if (!everythingPrivate) {
            privateRecords.add(address);
        }
        return address;
    }

    private void freePrivate(long address) {
        privateRecords.remove(address);
        heap.free(address);
    }

    /** The node's directory made private, with room for {@code extraGroups} more groups. */
    private long privateDirectory(long node, int extraGroups) {
        firstTouch.accept(node);
        int i = (int) node;
        long directory = store.nodeAdjacency[i];
        boolean owned = directory >= 0 && isPrivate(directory);
        if (owned && extraGroups == 0) {
            return directory;
        }
        int groups = AdjacencyFormat.groups(heap, directory);
        long copy = allocate((groups + extraGroups) * AdjacencyFormat.GROUP_SIZE);
        for (int g = 0; g < groups; g++) {
            AdjacencyFormat.setGroup(
                    heap,
                    copy,
                    g,
                    AdjacencyFormat.groupKey(heap, directory, g),
                    AdjacencyFormat.groupCount(heap, directory, g),
                    AdjacencyFormat.groupList(heap, directory, g));
        }
        if (owned) {
            freePrivate(directory);
        } else if (directory >= 0) {
            sharedReplaced.accept(node);
        }
        store.nodeAdjacency[i] = copy;
        return copy;
    }

    void add(long node, long rel, int key) {
        long directory = privateDirectory(node, 0);
        int g = AdjacencyFormat.find(heap, directory, key);
        if (g < 0) {
            directory = privateDirectory(node, 1);
            g = AdjacencyFormat.groups(heap, directory) - 1;
            AdjacencyFormat.setGroup(heap, directory, g, key, 0, GraphStore.FREE);
        }
        long list = AdjacencyFormat.groupList(heap, directory, g);
        int count = AdjacencyFormat.groupCount(heap, directory, g);
        if (list < 0 || heap.capacity(list) < (count + 1) * RecordHeap.ENTRY_SIZE) {
            // Exact for small groups (size classes add the slack), 1.5x beyond: amortized O(1) appends.
            int entries = count < 16 ? count + 1 : count + count / 2;
            long grown = allocate(entries * RecordHeap.ENTRY_SIZE);
            for (int k = 0; k < count; k++) {
                heap.setEntry(grown, k, heap.entry(list, k));
            }
            if (list >= 0 && isPrivate(list)) {
                freePrivate(list);
            }
            list = grown;
        }
        heap.setEntry(list, count, rel);
        AdjacencyFormat.setGroup(heap, directory, g, key, count + 1, list);
        store.nodeDegree[(int) node]++;
    }

    void remove(long node, long rel, int key) {
        long directory = privateDirectory(node, 0);
        int g = AdjacencyFormat.find(heap, directory, key);
        long list = g < 0 ? GraphStore.FREE : AdjacencyFormat.groupList(heap, directory, g);
        int count = g < 0 ? 0 : AdjacencyFormat.groupCount(heap, directory, g);
        int at = -1;
        for (int k = 0; k < count && at < 0; k++) {
            if (heap.entry(list, k) == rel) {
                at = k;
            }
        }
        if (at < 0) {
            throw new IllegalStateException("relationship " + rel + " missing from the adjacency of node " + node);
        }
        store.nodeDegree[(int) node]--;
        if (count == 1) {
            if (isPrivate(list)) {
                freePrivate(list);
            }
            dropGroup(node, directory, g);
            return;
        }
        if (isPrivate(list)) {
            heap.setEntry(list, at, heap.entry(list, count - 1));
        } else {
            long copy = allocate((count - 1) * RecordHeap.ENTRY_SIZE);
            for (int k = 0, j = 0; k < count; k++) {
                if (k != at) {
                    heap.setEntry(copy, j++, heap.entry(list, k));
                }
            }
            list = copy;
        }
        AdjacencyFormat.setGroup(heap, directory, g, key, count - 1, list);
    }

    private void dropGroup(long node, long directory, int dropped) {
        int groups = AdjacencyFormat.groups(heap, directory);
        long next = GraphStore.FREE;
        if (groups > 1) {
            next = allocate((groups - 1) * AdjacencyFormat.GROUP_SIZE);
            for (int g = 0, j = 0; g < groups; g++) {
                if (g != dropped) {
                    AdjacencyFormat.setGroup(
                            heap,
                            next,
                            j++,
                            AdjacencyFormat.groupKey(heap, directory, g),
                            AdjacencyFormat.groupCount(heap, directory, g),
                            AdjacencyFormat.groupList(heap, directory, g));
                }
            }
        }
        freePrivate(directory);
        store.nodeAdjacency[(int) node] = next;
    }

    /** A deleted node's adjacency: private records are freed now, shared ones on reclaim. */
    void clear(long node) {
        int i = (int) node;
        long directory = store.nodeAdjacency[i];
        if (directory >= 0) {
            if (isPrivate(directory)) {
                int groups = AdjacencyFormat.groups(heap, directory);
                for (int g = 0; g < groups; g++) {
                    long list = AdjacencyFormat.groupList(heap, directory, g);
                    if (list >= 0 && isPrivate(list)) {
                        freePrivate(list);
                    }
                }
                freePrivate(directory);
            } else {
                sharedReplaced.accept(node);
            }
        }
        store.nodeAdjacency[i] = GraphStore.FREE;
        store.nodeDegree[i] = 0;
    }
}
