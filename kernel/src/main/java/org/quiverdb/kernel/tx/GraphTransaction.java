package org.quiverdb.kernel.tx;

import java.util.ArrayList;
import java.util.List;
import org.quiverdb.kernel.api.Direction;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.LongIterator;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.RelationshipCursor;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.storage.api.StorageException;
import org.quiverdb.storage.api.StoreView;
import org.quiverdb.storage.api.TokenKind;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.Value;

/**
 * A {@link KernelTransaction} over one snapshot of a storage engine: reads go through {@link
 * TxView}, writes are staged in {@link TxState} (via {@link TxWrites}) and handed to the engine as
 * commands at commit. Every call first checks termination and the deadline.
 *
 * <p>Confined to one thread at a time; {@link #markForTermination} may be called from any thread
 * (the reason is volatile).
 */
public final class GraphTransaction implements KernelTransaction {
    private final TransactionContext context;
    private final TransactionConfig config;
    private final long handleId;
    private final long deadlineMillis;
    private final StoreView snapshot;
    private final TxState state = new TxState();
    private final TxView view;
    private final TxWrites writes;
    private final ElementIds elementIds;
    private final MemoryTracker memory;
    private volatile Status terminationReason;
    private volatile boolean open = true;

    GraphTransaction(TransactionContext context, TransactionConfig config, long handleId, long deadlineMillis) {
        this.context = context;
        this.config = config;
        this.handleId = handleId;
        this.deadlineMillis = deadlineMillis;
        this.snapshot = context.engine().openView();
        this.view = new TxView(snapshot, state);
        this.memory = new MemoryTracker(context.transactionMemoryMax(), context.memoryPool());
        this.writes = new TxWrites(context.engine(), view, state, config.accessMode(), context.databaseName(), memory);
        this.elementIds = new ElementIds(context.engine().databaseId());
    }

    @Override
    public long handleId() {
        return handleId;
    }

    @Override
    public TransactionConfig config() {
        return config;
    }

    /** The snapshot's transaction id. */
    public long snapshotTransactionId() {
        return snapshot.transactionId();
    }

    /** Why the transaction was marked for termination, or null. */
    public Status terminationReason() {
        return terminationReason;
    }

    void check() {
        if (!open) {
            throw new QuiverException(Status.TRANSACTION_NOT_FOUND, "transaction " + handleId + " is closed");
        }
        Status reason = terminationReason;
        if (reason == null && deadlineMillis > 0 && context.clock().millis() >= deadlineMillis) {
            reason = Status.TRANSACTION_TIMED_OUT;
            terminationReason = reason;
        }
        if (reason != null) {
            throw Terminations.exception(reason);
        }
    }

    // ---- tokens ----

    @Override
    public int labelToken(String name) {
        return context.engine().token(TokenKind.LABEL, name);
    }

    @Override
    public int labelTokenOrCreate(String name) {
        check();
        return tokenOrCreate(TokenKind.LABEL, name);
    }

    @Override
    public String labelName(int token) {
        return tokenName(TokenKind.LABEL, token);
    }

    @Override
    public int relationshipTypeToken(String name) {
        return context.engine().token(TokenKind.RELATIONSHIP_TYPE, name);
    }

    @Override
    public int relationshipTypeTokenOrCreate(String name) {
        check();
        return tokenOrCreate(TokenKind.RELATIONSHIP_TYPE, name);
    }

    @Override
    public String relationshipTypeName(int token) {
        return tokenName(TokenKind.RELATIONSHIP_TYPE, token);
    }

    @Override
    public int propertyKeyToken(String name) {
        return context.engine().token(TokenKind.PROPERTY_KEY, name);
    }

    @Override
    public int propertyKeyTokenOrCreate(String name) {
        check();
        return tokenOrCreate(TokenKind.PROPERTY_KEY, name);
    }

    @Override
    public String propertyKeyName(int token) {
        return tokenName(TokenKind.PROPERTY_KEY, token);
    }

    private int tokenOrCreate(TokenKind kind, String name) {
        try {
            return context.engine().tokenOrCreate(kind, name);
        } catch (StorageException e) {
            throw StorageFailures.toStatus(e);
        }
    }

    private String tokenName(TokenKind kind, int token) {
        String name = context.engine().tokenName(kind, token);
        if (name == null) {
            throw new QuiverException(
                    Status.STATEMENT_ENTITY_NOT_FOUND,
                    kind + " token " + token + " does not exist (expected: a known token)");
        }
        return name;
    }

    // ---- reads ----

    @Override
    public LongIterator allNodes() {
        check();
        return new EntityScan(
                (from, out) -> snapshot.scanNodes(from, NO_TOKEN, out),
                id -> !state.deletedNodes.containsKey(id),
                List.copyOf(state.createdNodes.keySet()));
    }

    @Override
    public LongIterator nodesWithLabel(int label) {
        check();
        if (label == NO_TOKEN) {
            return new IdScan(0, id -> false);
        }
        List<Long> extra = new ArrayList<>();
        state.createdNodes.forEach((node, created) -> {
            if (created.labels.contains(label)) {
                extra.add(node);
            }
        });
        state.changedNodes.forEach((node, changed) -> {
            if (changed.addedLabels.contains(label) && !state.deletedNodes.containsKey(node)) {
                extra.add(node);
            }
        });
        return new EntityScan(
                (from, out) -> snapshot.scanNodes(from, label, out),
                id -> !state.deletedNodes.containsKey(id)
                        && (!state.changedNodes.containsKey(id) || view.nodeHasLabel(id, label)),
                extra);
    }

    @Override
    public LongIterator allRelationships() {
        check();
        return new EntityScan(
                snapshot::scanRelationships,
                id -> !state.deletedRels.contains(id),
                List.copyOf(state.createdRels.keySet()));
    }

    @Override
    public boolean nodeExists(long node) {
        check();
        return view.nodeExists(node);
    }

    private void requireNode(long node) {
        check();
        if (!view.nodeExists(node)) {
            throw new QuiverException(
                    Status.STATEMENT_ENTITY_NOT_FOUND,
                    state.deletedNodes.containsKey(node)
                            ? "Node with id " + node + " has been deleted in this transaction"
                            : "Unable to load NODE with id " + node + ".");
        }
    }

    private void requireRelationship(long rel) {
        check();
        if (!view.relationshipExists(rel)) {
            throw new QuiverException(
                    Status.STATEMENT_ENTITY_NOT_FOUND,
                    state.deletedRels.contains(rel)
                            ? "Relationship with id " + rel + " has been deleted in this transaction"
                            : "Unable to load RELATIONSHIP with id " + rel + ".");
        }
    }

    @Override
    public int[] nodeLabels(long node) {
        requireNode(node);
        return view.nodeLabels(node);
    }

    @Override
    public boolean nodeHasLabel(long node, int label) {
        requireNode(node);
        return label != NO_TOKEN && view.nodeHasLabel(node, label);
    }

    @Override
    public Value nodeProperty(long node, int key) {
        requireNode(node);
        return key == NO_TOKEN ? NullValue.NULL : view.nodeProperty(node, key);
    }

    @Override
    public int[] nodePropertyKeys(long node) {
        requireNode(node);
        return view.nodePropertyKeys(node);
    }

    @Override
    public RelationshipCursor relationships(long node, Direction direction, int[] types) {
        requireNode(node);
        return view.relationships(node, direction, types);
    }

    @Override
    public int nodeDegree(long node, Direction direction, int[] types) {
        requireNode(node);
        return view.degree(node, direction, types);
    }

    @Override
    public boolean relationshipExists(long relationship) {
        check();
        return view.relationshipExists(relationship);
    }

    @Override
    public int relationshipType(long relationship) {
        requireRelationship(relationship);
        return view.relationshipType(relationship);
    }

    @Override
    public long relationshipStartNode(long relationship) {
        requireRelationship(relationship);
        return view.relationshipStart(relationship);
    }

    @Override
    public long relationshipEndNode(long relationship) {
        requireRelationship(relationship);
        return view.relationshipEnd(relationship);
    }

    @Override
    public Value relationshipProperty(long relationship, int key) {
        requireRelationship(relationship);
        return key == NO_TOKEN ? NullValue.NULL : view.relationshipProperty(relationship, key);
    }

    @Override
    public int[] relationshipPropertyKeys(long relationship) {
        requireRelationship(relationship);
        return view.relationshipPropertyKeys(relationship);
    }

    @Override
    public String nodeElementId(long node) {
        return elementIds.node(node);
    }

    @Override
    public String relationshipElementId(long relationship) {
        return elementIds.relationship(relationship);
    }

    @Override
    public long nodeIdOfElementId(String elementId) {
        return elementIds.nodeId(elementId);
    }

    @Override
    public long relationshipIdOfElementId(String elementId) {
        return elementIds.relationshipId(elementId);
    }

    // ---- counts ----

    @Override
    public long countNodes(int label) {
        check();
        return new TxCounts(view, state).nodes(label);
    }

    @Override
    public long countRelationships(int startLabel, int type, int endLabel) {
        check();
        return new TxCounts(view, state).relationships(startLabel, type, endLabel, () -> nodesWithLabel(startLabel));
    }

    // ---- writes ----

    @Override
    public long createNode(int[] labels) {
        check();
        return writes.createNode(labels);
    }

    @Override
    public boolean addLabel(long node, int label) {
        requireNode(node);
        return writes.addLabel(node, label);
    }

    @Override
    public boolean removeLabel(long node, int label) {
        requireNode(node);
        return writes.removeLabel(node, label);
    }

    @Override
    public Value setNodeProperty(long node, int key, Value value) {
        requireNode(node);
        return writes.setNodeProperty(node, key, value);
    }

    @Override
    public Value removeNodeProperty(long node, int key) {
        requireNode(node);
        return writes.removeNodeProperty(node, key);
    }

    @Override
    public void deleteNode(long node) {
        check();
        if (view.nodeExists(node)) {
            writes.deleteNode(node);
        }
    }

    @Override
    public int detachDeleteNode(long node) {
        check();
        if (!view.nodeExists(node)) {
            return 0;
        }
        int deleted = 0;
        for (long rel : view.nodeRelationships(node)) {
            writes.deleteRelationship(rel);
            deleted++;
        }
        writes.deleteNode(node);
        return deleted;
    }

    @Override
    public long createRelationship(long startNode, int type, long endNode) {
        requireNode(startNode);
        requireNode(endNode);
        return writes.createRelationship(startNode, type, endNode);
    }

    @Override
    public void deleteRelationship(long relationship) {
        check();
        if (view.relationshipExists(relationship)) {
            writes.deleteRelationship(relationship);
        }
    }

    @Override
    public Value setRelationshipProperty(long relationship, int key, Value value) {
        requireRelationship(relationship);
        return writes.setRelationshipProperty(relationship, key, value);
    }

    @Override
    public Value removeRelationshipProperty(long relationship, int key) {
        requireRelationship(relationship);
        return writes.removeRelationshipProperty(relationship, key);
    }

    // ---- end of life ----

    @Override
    public long commit() {
        check();
        try {
            if (state.isEmpty()) {
                return snapshot.transactionId();
            }
            writes.checkDeletedNodesHaveNoRelationships();
            long txId = context.engine().commit(snapshot.transactionId(), state.commands());
            writes.releaseDiscardedIds();
            return txId;
        } catch (StorageException e) {
            writes.releaseAllIds();
            throw StorageFailures.toStatus(e);
        } catch (RuntimeException e) {
            writes.releaseAllIds();
            throw e;
        } finally {
            end();
        }
    }

    @Override
    public void rollback() {
        if (!open) {
            return;
        }
        writes.releaseAllIds();
        end();
    }

    private void end() {
        if (open) {
            open = false;
            memory.releaseAll();
            snapshot.close();
            context.registry().remove(this);
        }
    }

    /**
     * Called by the reaper from any thread: when the deadline has passed at {@code nowMillis}, marks
     * the transaction timed out and releases its snapshot at once, so an idle transaction stops
     * holding old versions; the owner's next call fails with the timeout. True when it expired.
     */
    boolean expireIfOverdue(long nowMillis) {
        if (!open || deadlineMillis <= 0 || nowMillis < deadlineMillis) {
            return false;
        }
        if (terminationReason == null) {
            terminationReason = Status.TRANSACTION_TIMED_OUT;
        }
        snapshot.close();
        return true;
    }

    @Override
    public void markForTermination(Status reason) {
        terminationReason = reason;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        rollback();
    }
}
