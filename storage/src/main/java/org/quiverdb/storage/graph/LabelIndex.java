package org.quiverdb.storage.graph;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Label to node ids, one bit set per label, so a label scan visits only nodes that carry it.
 *
 * <p>Invariant: a node id is in a label's set when its current record or any before-image still
 * held by a snapshot has that label; a superset of every snapshot's answer, which readers narrow by
 * checking the record they see. Ids are added when a commit adds the label and dropped only when the
 * last version that had it is reclaimed, so the index is exact for the newest state once no older
 * snapshot is open.
 *
 * <p>Not thread-safe: guarded by the owning {@link GraphStore}'s lock (written under its write lock).
 */
final class LabelIndex {
    private final Map<Integer, BitSet> nodesByLabel = new HashMap<>();

    void add(int label, long node) {
        nodesByLabel.computeIfAbsent(label, l -> new BitSet()).set(Math.toIntExact(node));
    }

    void remove(int label, long node) {
        BitSet nodes = nodesByLabel.get(label);
        if (nodes != null) {
            nodes.clear(Math.toIntExact(node));
            if (nodes.isEmpty()) {
                nodesByLabel.remove(label);
            }
        }
    }

    /** The first candidate id at or after {@code from}, or -1 when there is none. */
    long next(int label, long from) {
        BitSet nodes = nodesByLabel.get(label);
        if (nodes == null || from >= Integer.MAX_VALUE) {
            return -1;
        }
        return nodes.nextSetBit((int) Math.max(0, from));
    }

    /** How many candidate ids the label holds (for tests and memory reports). */
    int candidates(int label) {
        BitSet nodes = nodesByLabel.get(label);
        return nodes == null ? 0 : nodes.cardinality();
    }

    void clear() {
        nodesByLabel.clear();
    }
}
