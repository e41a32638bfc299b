package org.quiverdb.kernel.tx;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.quiverdb.kernel.api.Direction;
import org.quiverdb.storage.api.StoreView;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.Value;

/**
 * A transaction's view of the graph: its snapshot with its own staged writes laid over it
 * (read-your-own-writes). Entity checks (existence errors) are the caller's job; here an absent
 * entity reads as empty. Confined to the transaction's thread.
 */
final class TxView {
    private final StoreView snapshot;
    private final TxState state;

    TxView(StoreView snapshot, TxState state) {
        this.snapshot = snapshot;
        this.state = state;
    }

    StoreView snapshot() {
        return snapshot;
    }

    boolean nodeExists(long node) {
        if (state.createdNodes.containsKey(node)) {
            return true;
        }
        return !state.deletedNodes.containsKey(node) && snapshot.nodeExists(node);
    }

    boolean relationshipExists(long rel) {
        if (state.createdRels.containsKey(rel)) {
            return true;
        }
        return !state.deletedRels.contains(rel) && snapshot.relationshipExists(rel);
    }

    /** Labels ascending, ignoring whether the node was deleted by this transaction. */
    int[] nodeLabels(long node) {
        TxState.Created created = state.createdNodes.get(node);
        if (created != null) {
            return created.labels.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        int[] deleted = state.deletedNodes.get(node);
        if (deleted != null) {
            return deleted;
        }
        int[] base = snapshot.nodeLabels(node);
        TxState.Changed changed = state.changedNodes.get(node);
        if (changed == null) {
            return base;
        }
        TreeSet<Integer> labels = new TreeSet<>();
        for (int label : base) {
            labels.add(label);
        }
        labels.addAll(changed.addedLabels);
        labels.removeAll(changed.removedLabels);
        return labels.stream().mapToInt(Integer::intValue).toArray();
    }

    boolean nodeHasLabel(long node, int label) {
        return Arrays.binarySearch(nodeLabels(node), label) >= 0;
    }

    Value nodeProperty(long node, int key) {
        TxState.Created created = state.createdNodes.get(node);
        if (created != null) {
            return created.properties.getOrDefault(key, NullValue.NULL);
        }
        TxState.Changed changed = state.changedNodes.get(node);
        if (changed != null && changed.properties.containsKey(key)) {
            return changed.properties.get(key);
        }
        return snapshot.nodeProperty(node, key);
    }

    int[] nodePropertyKeys(long node) {
        TxState.Created created = state.createdNodes.get(node);
        if (created != null) {
            return keys(created.properties);
        }
        return merge(snapshot.nodePropertyKeys(node), state.changedNodes.get(node));
    }

    Value relationshipProperty(long rel, int key) {
        TxState.Created created = state.createdRels.get(rel);
        if (created != null) {
            return created.properties.getOrDefault(key, NullValue.NULL);
        }
        TxState.Changed changed = state.changedRels.get(rel);
        if (changed != null && changed.properties.containsKey(key)) {
            return changed.properties.get(key);
        }
        return snapshot.relationshipProperty(rel, key);
    }

    int[] relationshipPropertyKeys(long rel) {
        TxState.Created created = state.createdRels.get(rel);
        if (created != null) {
            return keys(created.properties);
        }
        return merge(snapshot.relationshipPropertyKeys(rel), state.changedRels.get(rel));
    }

    private static int[] keys(Map<Integer, Value> properties) {
        return properties.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] merge(int[] base, TxState.Changed changed) {
        if (changed == null) {
            return base;
        }
        TreeSet<Integer> keys = new TreeSet<>();
        for (int key : base) {
            keys.add(key);
        }
        changed.properties.forEach((key, value) -> {
            if (value.isNull()) {
                keys.remove(key);
            } else {
                keys.add(key);
            }
        });
        return keys.stream().mapToInt(Integer::intValue).toArray();
    }

    int relationshipType(long rel) {
        TxState.Created created = state.createdRels.get(rel);
        return created != null ? created.type : snapshot.relationshipType(rel);
    }

    long relationshipStart(long rel) {
        TxState.Created created = state.createdRels.get(rel);
        return created != null ? created.start : snapshot.relationshipStartNode(rel);
    }

    long relationshipEnd(long rel) {
        TxState.Created created = state.createdRels.get(rel);
        return created != null ? created.end : snapshot.relationshipEndNode(rel);
    }

    /** Every relationship at the node in this view, deleted node or not. */
    long[] nodeRelationships(long node) {
        long[] base = state.createdNodes.containsKey(node) ? new long[0] : snapshot.nodeRelationships(node);
        List<Long> added = state.addedAdjacency.get(node);
        int addedCount = added == null ? 0 : added.size();
        long[] out = new long[base.length + addedCount];
        int n = 0;
        for (long rel : base) {
            if (!state.deletedRels.contains(rel)) {
                out[n++] = rel;
            }
        }
        for (int i = 0; i < addedCount; i++) {
            out[n++] = added.get(i);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** As {@link StoreView#expand}, in this view: four longs (id, type, start, end) per relationship. */
    long[] expand(long node) {
        return expand(node, true, true, null);
    }

    /**
     * The node's relationships in this view, reading from the snapshot only its groups of the given
     * directions and types (null: any); relationships this transaction added come unfiltered.
     */
    long[] expand(long node, boolean outgoing, boolean incoming, int[] types) {
        long[] base =
                state.createdNodes.containsKey(node) ? new long[0] : snapshot.expand(node, outgoing, incoming, types);
        List<Long> added = state.addedAdjacency.get(node);
        int addedCount = added == null ? 0 : added.size();
        long[] out = new long[base.length + 4 * addedCount];
        int n = 0;
        for (int i = 0; i < base.length; i += 4) {
            if (!state.deletedRels.contains(base[i])) {
                System.arraycopy(base, i, out, n, 4);
                n += 4;
            }
        }
        for (int i = 0; i < addedCount; i++) {
            long rel = added.get(i);
            TxState.Created created = state.createdRels.get(rel);
            out[n++] = rel;
            out[n++] = created.type;
            out[n++] = created.start;
            out[n++] = created.end;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** The node's relationships by direction and types (empty: any), reading only matching groups. */
    RelationshipList relationships(long node, Direction direction, int[] types) {
        long[] entries =
                expand(node, direction != Direction.INCOMING, direction != Direction.OUTGOING, storeTypes(types));
        return new RelationshipList(node, entries, direction, types);
    }

    /** The kernel's "any type" (empty) as the store's (null). */
    private static int[] storeTypes(int[] types) {
        return types.length == 0 ? null : types;
    }

    /**
     * The node's degree: straight from the snapshot's group counts unless this transaction changed
     * the node's relationships (or deleted any relationship), then counted in this view.
     */
    int degree(long node, Direction direction, int[] types) {
        boolean untouched = !state.createdNodes.containsKey(node)
                && !state.addedAdjacency.containsKey(node)
                && state.deletedRels.isEmpty();
        if (untouched) {
            return snapshot.degree(
                    node, direction != Direction.INCOMING, direction != Direction.OUTGOING, storeTypes(types));
        }
        RelationshipList cursor = relationships(node, direction, types);
        int degree = 0;
        while (cursor.next()) {
            degree++;
        }
        return degree;
    }

    long nodeIdLimit() {
        long limit = snapshot.nodeIdLimit();
        for (long node : state.createdNodes.keySet()) {
            limit = Math.max(limit, node + 1);
        }
        return limit;
    }

    long relationshipIdLimit() {
        long limit = snapshot.relationshipIdLimit();
        for (long rel : state.createdRels.keySet()) {
            limit = Math.max(limit, rel + 1);
        }
        return limit;
    }
}
