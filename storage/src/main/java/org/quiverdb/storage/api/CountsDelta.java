package org.quiverdb.storage.api;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Changes to the counts store made by one transaction, built step by step as changes happen, each
 * step computed against the graph as it is at that step. Used by commit apply (authoritative) and
 * by the kernel for a transaction's own uncommitted changes. Not thread-safe.
 */
public final class CountsDelta {
    private final Map<Long, Long> deltas = new HashMap<>();

    private void add(long key, long delta) {
        deltas.merge(key, delta, Long::sum);
    }

    /** A node with {@code labels} appeared (sign 1) or disappeared (sign -1). */
    public void node(int[] labels, int sign) {
        add(CountKeys.node(CountKeys.ANY), sign);
        for (int label : labels) {
            add(CountKeys.node(label), sign);
        }
    }

    /**
     * A node gained (sign 1) or lost (sign -1) {@code label}; the caller adds {@link
     * #labelOnRelationship} for each of the node's relationships.
     */
    public void label(int label, int sign) {
        add(CountKeys.node(label), sign);
    }

    /** The effect on relationship counts of a node at one end of a relationship of {@code type}. */
    public void labelOnRelationship(int label, int type, boolean atStart, boolean atEnd, int sign) {
        if (atStart) {
            add(CountKeys.relationship(label, CountKeys.ANY, CountKeys.ANY), sign);
            add(CountKeys.relationship(label, type, CountKeys.ANY), sign);
        }
        if (atEnd) {
            add(CountKeys.relationship(CountKeys.ANY, CountKeys.ANY, label), sign);
            add(CountKeys.relationship(CountKeys.ANY, type, label), sign);
        }
    }

    /** A relationship appeared (sign 1) or disappeared (sign -1), given its ends' labels now. */
    public void relationship(int[] startLabels, int type, int[] endLabels, int sign) {
        add(CountKeys.relationship(CountKeys.ANY, CountKeys.ANY, CountKeys.ANY), sign);
        add(CountKeys.relationship(CountKeys.ANY, type, CountKeys.ANY), sign);
        for (int label : startLabels) {
            labelOnRelationship(label, type, true, false, sign);
        }
        for (int label : endLabels) {
            labelOnRelationship(label, type, false, true, sign);
        }
    }

    public long get(long key) {
        return deltas.getOrDefault(key, 0L);
    }

    public Map<Long, Long> asMap() {
        return deltas;
    }

    public boolean isEmpty() {
        return deltas.isEmpty();
    }

    /** Visits every key with a non-zero delta. */
    public void forEachKey(LongConsumer consumer) {
        deltas.forEach((key, delta) -> {
            if (delta != 0) {
                consumer.accept(key);
            }
        });
    }
}
