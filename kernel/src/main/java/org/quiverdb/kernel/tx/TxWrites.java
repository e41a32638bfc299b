package org.quiverdb.kernel.tx;

import java.util.HashSet;
import java.util.Set;
import org.quiverdb.kernel.api.AccessMode;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.storage.api.StorageEngine;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.Value;

/**
 * Stages a transaction's writes into its {@link TxState}, keeping the net effect and the counts
 * delta exact at every step, and reserving ids from the engine (released again if never
 * committed). Entity existence is checked by the caller. Confined to the transaction's thread.
 */
final class TxWrites {
    private final StorageEngine engine;
    private final TxView view;
    private final TxState state;
    private final AccessMode accessMode;
    private final String databaseName;
    private final MemoryTracker memory;

    TxWrites(
            StorageEngine engine,
            TxView view,
            TxState state,
            AccessMode accessMode,
            String databaseName,
            MemoryTracker memory) {
        this.memory = memory;
        this.engine = engine;
        this.view = view;
        this.state = state;
        this.accessMode = accessMode;
        this.databaseName = databaseName;
    }

    private void requireWrite() {
        requireWriteMode();
        memory.allocate(MemoryTracker.CHANGE);
    }

    private void requireWriteMode() {
        if (accessMode != AccessMode.WRITE) {
            throw new QuiverException(
                    Status.STATEMENT_ACCESS_MODE,
                    "Writing in read access mode not allowed. Attempted write to internal graph 0 (" + databaseName
                            + ")");
        }
    }

    private static void requireToken(int token, String what) {
        if (token < 0) {
            throw new QuiverException(Status.STATEMENT_ARGUMENT_ERROR, what + " token " + token + " (expected: >= 0)");
        }
    }

    long createNode(int[] labels) {
        requireWrite();
        TxState.Created created = new TxState.Created(-1, -1, -1);
        for (int label : labels) {
            requireToken(label, "label");
            created.labels.add(label);
        }
        memory.allocate(MemoryTracker.ENTITY + 16L * labels.length);
        long node = engine.reserveNodeId();
        state.createdNodes.put(node, created);
        state.counts.node(created.labels.stream().mapToInt(Integer::intValue).toArray(), 1);
        return node;
    }

    boolean addLabel(long node, int label) {
        requireWrite();
        requireToken(label, "label");
        if (view.nodeHasLabel(node, label)) {
            return false;
        }
        TxState.Created created = state.createdNodes.get(node);
        if (created != null) {
            created.labels.add(label);
        } else {
            TxState.Changed changed = state.changedNode(node);
            if (!changed.removedLabels.remove(label)) {
                changed.addedLabels.add(label);
            }
        }
        labelCounts(node, label, 1);
        return true;
    }

    boolean removeLabel(long node, int label) {
        requireWrite();
        if (label < 0 || !view.nodeHasLabel(node, label)) {
            return false;
        }
        TxState.Created created = state.createdNodes.get(node);
        if (created != null) {
            created.labels.remove(label);
        } else {
            TxState.Changed changed = state.changedNode(node);
            if (!changed.addedLabels.remove(label)) {
                changed.removedLabels.add(label);
            }
        }
        labelCounts(node, label, -1);
        return true;
    }

    private void labelCounts(long node, int label, int sign) {
        state.counts.label(label, sign);
        for (long rel : view.nodeRelationships(node)) {
            state.counts.labelOnRelationship(
                    label,
                    view.relationshipType(rel),
                    view.relationshipStart(rel) == node,
                    view.relationshipEnd(rel) == node,
                    sign);
        }
    }

    private static void requireStorable(Value value) {
        if (!value.isStorable()) {
            throw new QuiverException(
                    Status.STATEMENT_TYPE_ERROR,
                    "Property values can only be of primitive types or arrays thereof. Encountered: " + value.typeName()
                            + " (expected: a storable value)");
        }
    }

    Value setNodeProperty(long node, int key, Value value) {
        if (value.isNull()) {
            return removeNodeProperty(node, key);
        }
        requireWrite();
        requireToken(key, "property key");
        requireStorable(value);
        memory.allocate(MemoryTracker.sizeOf(value));
        Value previous = view.nodeProperty(node, key);
        TxState.Created created = state.createdNodes.get(node);
        if (created != null) {
            created.properties.put(key, value);
        } else {
            state.changedNode(node).properties.put(key, value);
        }
        return previous;
    }

    Value removeNodeProperty(long node, int key) {
        requireWrite();
        Value previous = key < 0 ? NullValue.NULL : view.nodeProperty(node, key);
        if (previous.isNull()) {
            return previous;
        }
        TxState.Created created = state.createdNodes.get(node);
        if (created != null) {
            created.properties.remove(key);
        } else {
            state.changedNode(node).properties.put(key, NullValue.NULL);
        }
        return previous;
    }

    void deleteNode(long node) {
        requireWrite();
        int[] labels = view.nodeLabels(node);
        state.counts.node(labels, -1);
        if (state.createdNodes.remove(node) != null) {
            state.discardedNodes.add(node);
        } else {
            state.deletedNodes.put(node, labels);
            state.changedNodes.remove(node);
        }
    }

    long createRelationship(long start, int type, long end) {
        requireWrite();
        requireToken(type, "relationship type");
        memory.allocate(MemoryTracker.ENTITY);
        long rel = engine.reserveRelationshipId();
        state.createdRels.put(rel, new TxState.Created(type, start, end));
        state.addAdjacency(start, rel);
        if (end != start) {
            state.addAdjacency(end, rel);
        }
        state.counts.relationship(view.nodeLabels(start), type, view.nodeLabels(end), 1);
        return rel;
    }

    void deleteRelationship(long rel) {
        requireWrite();
        long start = view.relationshipStart(rel);
        long end = view.relationshipEnd(rel);
        state.counts.relationship(view.nodeLabels(start), view.relationshipType(rel), view.nodeLabels(end), -1);
        if (state.createdRels.remove(rel) != null) {
            state.removeAdjacency(start, rel);
            state.removeAdjacency(end, rel);
            state.discardedRels.add(rel);
        } else {
            state.deletedRels.add(rel);
            state.changedRels.remove(rel);
        }
    }

    Value setRelationshipProperty(long rel, int key, Value value) {
        if (value.isNull()) {
            return removeRelationshipProperty(rel, key);
        }
        requireWrite();
        requireToken(key, "property key");
        requireStorable(value);
        memory.allocate(MemoryTracker.sizeOf(value));
        Value previous = view.relationshipProperty(rel, key);
        TxState.Created created = state.createdRels.get(rel);
        if (created != null) {
            created.properties.put(key, value);
        } else {
            state.changedRel(rel).properties.put(key, value);
        }
        return previous;
    }

    Value removeRelationshipProperty(long rel, int key) {
        requireWrite();
        Value previous = key < 0 ? NullValue.NULL : view.relationshipProperty(rel, key);
        if (previous.isNull()) {
            return previous;
        }
        TxState.Created created = state.createdRels.get(rel);
        if (created != null) {
            created.properties.remove(key);
        } else {
            state.changedRel(rel).properties.put(key, NullValue.NULL);
        }
        return previous;
    }

    /** Neo4j checks at commit, so a node and its relationships may be deleted in any order. */
    void checkDeletedNodesHaveNoRelationships() {
        Set<Long> deleted = new HashSet<>(state.deletedNodes.keySet());
        deleted.addAll(state.discardedNodes);
        for (long node : deleted) {
            if (view.nodeRelationships(node).length > 0) {
                throw new QuiverException(
                        Status.SCHEMA_CONSTRAINT_VALIDATION_FAILED,
                        "Cannot delete node<" + node + ">, because it still has relationships. "
                                + "To delete this node, you must first delete its relationships.");
            }
        }
    }

    /** After a successful commit: ids of entities created and deleted again were never used. */
    void releaseDiscardedIds() {
        state.discardedNodes.forEach(engine::releaseNodeId);
        state.discardedRels.forEach(engine::releaseRelationshipId);
        state.discardedNodes.clear();
        state.discardedRels.clear();
    }

    /** After a rollback or failed commit: every id this transaction reserved goes back. */
    void releaseAllIds() {
        releaseDiscardedIds();
        state.createdNodes.keySet().forEach(engine::releaseNodeId);
        state.createdRels.keySet().forEach(engine::releaseRelationshipId);
        state.createdNodes.clear();
        state.createdRels.clear();
    }
}
