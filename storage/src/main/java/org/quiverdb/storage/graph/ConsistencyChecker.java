package org.quiverdb.storage.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quiverdb.storage.api.CountsDelta;
import org.quiverdb.storage.api.TokenKind;

/**
 * Checks a store's current state against its invariants: every relationship's ends exist and list
 * it in their adjacency, every adjacency entry names an existing relationship at that node exactly
 * once, tokens in use exist, and the counts store equals counts recomputed from scratch. Holds the
 * store's read lock for the whole check (commits wait). Used by tests and {@code quiver-admin check}.
 */
public final class ConsistencyChecker {
    private static final int MAX_PROBLEMS = 100;

    private final GraphStore store;
    private final List<String> problems = new ArrayList<>();

    private ConsistencyChecker(GraphStore store) {
        this.store = store;
    }

    /** The problems found, at most 100; empty when consistent. */
    public static List<String> check(GraphStore store) {
        ConsistencyChecker checker = new ConsistencyChecker(store);
        store.lock.readLock().lock();
        try {
            checker.relationships();
            checker.adjacency();
            checker.counts();
        } finally {
            store.lock.readLock().unlock();
        }
        return List.copyOf(checker.problems);
    }

    private void problem(String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(message);
        }
    }

    private boolean nodeExists(long node) {
        return node >= 0 && node < store.nodeLimit && store.nodeRecord[(int) node] >= 0;
    }

    private boolean inAdjacency(long node, long rel) {
        for (long id : AdjacencyFormat.all(store.heap, store.nodeAdjacency[(int) node])) {
            if (id == rel) {
                return true;
            }
        }
        return false;
    }

    private void relationships() {
        for (int r = 0; r < store.relLimit; r++) {
            if (store.relRecord[r] < 0) {
                continue;
            }
            long start = store.relStart[r];
            long end = store.relEnd[r];
            if (!nodeExists(start) || !nodeExists(end)) {
                problem("relationship " + r + " (" + start + ")->(" + end + "): an end node does not exist");
                continue;
            }
            if (!inAdjacency(start, r) || !inAdjacency(end, r)) {
                problem("relationship " + r + " missing from the adjacency of node " + start + " or " + end);
            }
            if (store.tokens.name(TokenKind.RELATIONSHIP_TYPE, store.relType[r]) == null) {
                problem("relationship " + r + " has unknown type token " + store.relType[r]);
            }
        }
    }

    private void adjacency() {
        for (int n = 0; n < store.nodeLimit; n++) {
            if (store.nodeRecord[n] < 0) {
                if (store.nodeDegree[n] != 0) {
                    problem("absent node " + n + " has degree " + store.nodeDegree[n]);
                }
                continue;
            }
            for (int label : store.labelsOf(store.nodeRecord[n])) {
                if (store.tokens.name(TokenKind.LABEL, label) == null) {
                    problem("node " + n + " has unknown label token " + label);
                }
            }
            Set<Long> seen = new HashSet<>();
            long[] listed = AdjacencyFormat.all(store.heap, store.nodeAdjacency[n]);
            if (listed.length != store.nodeDegree[n]) {
                problem("node " + n + " has degree " + store.nodeDegree[n] + " but lists " + listed.length);
            }
            for (long rel : listed) {
                boolean exists = rel >= 0 && rel < store.relLimit && store.relRecord[(int) rel] >= 0;
                if (!seen.add(rel)) {
                    problem("node " + n + " lists relationship " + rel + " twice");
                } else if (!exists) {
                    problem("node " + n + " lists relationship " + rel + ", which does not exist");
                } else if (store.relStart[(int) rel] != n && store.relEnd[(int) rel] != n) {
                    problem("node " + n + " lists relationship " + rel + ", which does not touch it");
                }
            }
        }
    }

    private void counts() {
        CountsDelta expected = new CountsDelta();
        for (int n = 0; n < store.nodeLimit; n++) {
            if (store.nodeRecord[n] >= 0) {
                expected.node(store.labelsOf(store.nodeRecord[n]), 1);
            }
        }
        for (int r = 0; r < store.relLimit; r++) {
            if (store.relRecord[r] >= 0 && nodeExists(store.relStart[r]) && nodeExists(store.relEnd[r])) {
                expected.relationship(
                        store.labelsOf(store.nodeRecord[(int) store.relStart[r]]),
                        store.relType[r],
                        store.labelsOf(store.nodeRecord[(int) store.relEnd[r]]),
                        1);
            }
        }
        Set<Long> keys = new HashSet<>(expected.asMap().keySet());
        keys.addAll(store.counts.keySet());
        for (long key : keys) {
            long want = expected.get(key);
            long have = store.counts.getOrDefault(key, 0L);
            if (want != have) {
                problem("counts key " + Long.toHexString(key) + ": " + have + " (expected: " + want + ")");
            }
        }
    }
}
