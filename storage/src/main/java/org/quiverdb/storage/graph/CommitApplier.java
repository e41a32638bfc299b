package org.quiverdb.storage.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quiverdb.storage.api.Command;
import org.quiverdb.storage.api.CountsDelta;
import org.quiverdb.storage.format.BytesOut;
import org.quiverdb.storage.mvcc.Version;

/**
 * Applies one committed transaction's commands to a {@link GraphStore}, keeping a before-image
 * ({@link Version}) of every entity it touches so older snapshots keep their view, and computing
 * the exact counts delta step by step against the state as it is at each command.
 *
 * <p>Records are copied on write: a changed entity gets new heap records, its old ones stay for
 * older snapshots and are freed on reclaim. Records this commit itself allocated and replaced
 * again are freed at once. Labels and properties are decoded once per entity and encoded once at
 * the end. Confined to the committing thread, which holds the store's write lock.
 */
final class CommitApplier {
    private final GraphStore store;
    private final long txId;
    private final Map<Long, EntityState> dirtyNodes = new HashMap<>();
    private final Map<Long, EntityState> dirtyRels = new HashMap<>();
    private final CountsDelta counts = new CountsDelta();
    private final LongStack touchedNodes = new LongStack();
    private final LongStack touchedRels = new LongStack();
    private final AdjacencyWriter adjacency;

    CommitApplier(GraphStore store, long txId) {
        this.store = store;
        this.txId = txId;
        this.adjacency = new AdjacencyWriter(
                store, false, this::nodeVersion, node -> nodeVersion(node).adjacencyReplaced = true);
    }

    void apply(List<Command> commands) {
        for (Command command : commands) {
            applyOne(command);
        }
        flush();
        counts.asMap().forEach((key, delta) -> store.counts.merge(key, delta, Long::sum));
        store.history.addLast(new CommitRecord(txId, touchedNodes, touchedRels, counts));
    }

    private void applyOne(Command command) {
        if (command instanceof Command.CreateNode c) {
            createNode(c.node());
        } else if (command instanceof Command.AddLabel c) {
            changeLabel(c.node(), c.label(), 1);
        } else if (command instanceof Command.RemoveLabel c) {
            changeLabel(c.node(), c.label(), -1);
        } else if (command instanceof Command.SetNodeProperty c) {
            nodeState(c.node()).setProperty(c.key(), c.value());
        } else if (command instanceof Command.RemoveNodeProperty c) {
            nodeState(c.node()).removeProperty(c.key());
        } else if (command instanceof Command.DeleteNode c) {
            deleteNode(c.node());
        } else if (command instanceof Command.CreateRelationship c) {
            createRelationship(c);
        } else if (command instanceof Command.DeleteRelationship c) {
            deleteRelationship(c.relationship());
        } else if (command instanceof Command.SetRelationshipProperty c) {
            relState(c.relationship()).setProperty(c.key(), c.value());
        } else if (command instanceof Command.RemoveRelationshipProperty c) {
            relState(c.relationship()).removeProperty(c.key());
        } else if (command instanceof Command.CreateToken c) {
            store.tokens.put(c.kind(), c.id(), c.name());
        }
    }

    private Version nodeVersion(long node) {
        Version head = store.nodeVersions.get(node);
        if (head != null && head.commitTx == txId) {
            return head;
        }
        int i = (int) node;
        Version v = new Version(txId, store.nodeRecord[i], store.nodeAdjacency[i], store.nodeDegree[i], head);
        store.nodeVersions.put(node, v);
        touchedNodes.push(node);
        return v;
    }

    private Version relVersion(long rel) {
        Version head = store.relVersions.get(rel);
        if (head != null && head.commitTx == txId) {
            return head;
        }
        Version v = new Version(txId, store.relRecord[(int) rel], GraphStore.FREE, 0, head);
        store.relVersions.put(rel, v);
        touchedRels.push(rel);
        return v;
    }

    private EntityState nodeState(long node) {
        EntityState state = dirtyNodes.get(node);
        if (state == null) {
            state = store.stateOf(store.nodeRecord[(int) node]);
            dirtyNodes.put(node, state);
            nodeVersion(node).recordReplaced = true;
        }
        return state;
    }

    private EntityState relState(long rel) {
        EntityState state = dirtyRels.get(rel);
        if (state == null) {
            state = store.stateOf(store.relRecord[(int) rel]);
            dirtyRels.put(rel, state);
            relVersion(rel).recordReplaced = true;
        }
        return state;
    }

    private int[] labels(long node) {
        EntityState state = dirtyNodes.get(node);
        return state != null ? state.labels() : store.labelsOf(store.nodeRecord[(int) node]);
    }

    private void createNode(long node) {
        store.ensureNodeCapacity(node);
        store.nodeIds.markUsed(node);
        nodeVersion(node).recordReplaced = true;
        dirtyNodes.put(node, EntityState.empty());
        counts.node(new int[0], 1);
    }

    private void changeLabel(long node, int label, int sign) {
        EntityState state = nodeState(node);
        boolean changed = sign > 0 ? state.addLabel(label) : state.removeLabel(label);
        if (!changed) {
            return;
        }
        counts.label(label, sign);
        if (sign > 0) {
            store.labelIndex.add(label, node);
        }
        for (long id : AdjacencyFormat.all(store.heap, store.nodeAdjacency[(int) node])) {
            int rel = (int) id;
            counts.labelOnRelationship(
                    label, store.relType[rel], store.relStart[rel] == node, store.relEnd[rel] == node, sign);
        }
    }

    private void deleteNode(long node) {
        counts.node(labels(node), -1);
        Version v = nodeVersion(node);
        v.recordReplaced = true;
        v.deletion = true;
        dirtyNodes.remove(node);
        int i = (int) node;
        freeIfPrivate(store.nodeRecord[i], v.record);
        store.nodeRecord[i] = GraphStore.DELETED;
        adjacency.clear(node);
    }

    private void createRelationship(Command.CreateRelationship c) {
        long rel = c.relationship();
        store.ensureRelationshipCapacity(rel);
        store.relationshipIds.markUsed(rel);
        relVersion(rel).recordReplaced = true;
        int i = (int) rel;
        store.relType[i] = c.type();
        store.relStart[i] = c.startNode();
        store.relEnd[i] = c.endNode();
        dirtyRels.put(rel, EntityState.empty());
        addAdjacency(c.type(), c.startNode(), c.endNode(), rel);
        counts.relationship(labels(c.startNode()), c.type(), labels(c.endNode()), 1);
    }

    private void deleteRelationship(long rel) {
        int i = (int) rel;
        long start = store.relStart[i];
        long end = store.relEnd[i];
        counts.relationship(labels(start), store.relType[i], labels(end), -1);
        Version v = relVersion(rel);
        v.recordReplaced = true;
        v.deletion = true;
        dirtyRels.remove(rel);
        freeIfPrivate(store.relRecord[i], v.record);
        store.relRecord[i] = GraphStore.DELETED;
        int type = store.relType[i];
        if (start == end) {
            adjacency.remove(start, rel, AdjacencyFormat.key(type, AdjacencyFormat.LOOP));
        } else {
            adjacency.remove(start, rel, AdjacencyFormat.key(type, AdjacencyFormat.OUTGOING));
            adjacency.remove(end, rel, AdjacencyFormat.key(type, AdjacencyFormat.INCOMING));
        }
    }

    private void addAdjacency(int type, long start, long end, long rel) {
        if (start == end) {
            adjacency.add(start, rel, AdjacencyFormat.key(type, AdjacencyFormat.LOOP));
        } else {
            adjacency.add(start, rel, AdjacencyFormat.key(type, AdjacencyFormat.OUTGOING));
            adjacency.add(end, rel, AdjacencyFormat.key(type, AdjacencyFormat.INCOMING));
        }
    }

    private void freeIfPrivate(long current, long beforeImage) {
        if (current >= 0 && current != beforeImage) {
            store.heap.free(current);
        }
    }

    private void flush() {
        BytesOut out = new BytesOut(256);
        dirtyNodes.forEach((node, state) -> {
            int i = (int) node.longValue();
            long next = write(out, state);
            freeIfPrivate(store.nodeRecord[i], store.nodeVersions.get(node).record);
            store.nodeRecord[i] = next;
        });
        dirtyRels.forEach((rel, state) -> {
            int i = (int) rel.longValue();
            long next = write(out, state);
            freeIfPrivate(store.relRecord[i], store.relVersions.get(rel).record);
            store.relRecord[i] = next;
        });
    }

    private long write(BytesOut out, EntityState state) {
        out.reset();
        EntityRecordFormat.write(out, state);
        long address = store.heap.allocate(out.size());
        store.heap.writePayload(address, out.array(), out.size());
        return address;
    }
}
