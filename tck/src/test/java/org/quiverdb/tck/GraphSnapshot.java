package org.quiverdb.tck;

import java.util.HashSet;
import java.util.Set;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.LongIterator;

/**
 * What the TCK counts as side effects, read through the kernel API: node ids, relationship ids,
 * label names in use, and (entity, key, value) property triples.
 */
record GraphSnapshot(Set<Long> nodes, Set<Long> relationships, Set<String> labels, Set<String> properties) {
    static GraphSnapshot of(KernelTransaction tx) {
        Set<Long> nodes = new HashSet<>();
        Set<String> labels = new HashSet<>();
        Set<String> props = new HashSet<>();
        for (LongIterator it = tx.allNodes(); it.hasNext(); ) {
            long n = it.next();
            nodes.add(n);
            for (int l : tx.nodeLabels(n)) {
                labels.add(tx.labelName(l));
            }
            for (int k : tx.nodePropertyKeys(n)) {
                props.add("n" + n + "." + tx.propertyKeyName(k) + "=" + TckValues.render(tx.nodeProperty(n, k), false));
            }
        }
        Set<Long> rels = new HashSet<>();
        for (LongIterator it = tx.allRelationships(); it.hasNext(); ) {
            long r = it.next();
            rels.add(r);
            for (int k : tx.relationshipPropertyKeys(r)) {
                props.add("r" + r + "." + tx.propertyKeyName(k) + "="
                        + TckValues.render(tx.relationshipProperty(r, k), false));
            }
        }
        return new GraphSnapshot(nodes, rels, labels, props);
    }

    /** Side-effect counters from this (before) to {@code after}, keyed as the TCK names them. */
    java.util.Map<String, Integer> diff(GraphSnapshot after) {
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        out.put("+nodes", minus(after.nodes, nodes));
        out.put("-nodes", minus(nodes, after.nodes));
        out.put("+relationships", minus(after.relationships, relationships));
        out.put("-relationships", minus(relationships, after.relationships));
        out.put("+labels", minus(after.labels, labels));
        out.put("-labels", minus(labels, after.labels));
        out.put("+properties", minus(after.properties, properties));
        out.put("-properties", minus(properties, after.properties));
        return out;
    }

    private static <T> int minus(Set<T> a, Set<T> b) {
        Set<T> s = new HashSet<>(a);
        s.removeAll(b);
        return s.size();
    }
}
