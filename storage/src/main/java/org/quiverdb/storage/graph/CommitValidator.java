package org.quiverdb.storage.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quiverdb.storage.api.Command;
import org.quiverdb.storage.api.StorageException;
import org.quiverdb.storage.api.StorageFailure;

/**
 * Checks a transaction's commands against the newest committed state before they are applied:
 * first committer wins. A transaction loses when another one committed, after its snapshot, a
 * change to labels, properties or existence of an entity it changes, deleted a node it connects a
 * relationship to, or connected a relationship to a node it deletes. Runs on the committing
 * thread while commits are serialized; reads only state no other thread writes meanwhile.
 */
final class CommitValidator {
    private final GraphStore store;
    private final long snapshotTx;
    private final Set<Long> createdNodes = new HashSet<>();
    private final Set<Long> createdRels = new HashSet<>();
    private final Map<Long, Integer> degreeDelta = new HashMap<>();

    CommitValidator(GraphStore store, long snapshotTx) {
        this.store = store;
        this.snapshotTx = snapshotTx;
    }

    void validate(List<Command> commands) {
        if (snapshotTx < store.reclaimedThrough) {
            // Versions this check would need are gone: the snapshot was not held open. Refuse rather
            // than risk a lost update.
            throw conflict("the versions after tx " + snapshotTx + " were reclaimed (the snapshot was not held open)");
        }
        for (Command command : commands) {
            check(command);
        }
    }

    private void check(Command command) {
        if (command instanceof Command.CreateNode c) {
            createdNodes.add(c.node());
        } else if (command instanceof Command.AddLabel c) {
            nodeWritable(c.node());
        } else if (command instanceof Command.RemoveLabel c) {
            nodeWritable(c.node());
        } else if (command instanceof Command.SetNodeProperty c) {
            nodeWritable(c.node());
        } else if (command instanceof Command.RemoveNodeProperty c) {
            nodeWritable(c.node());
        } else if (command instanceof Command.DeleteNode c) {
            nodeWritable(c.node());
            int degree = store.degreeNow(c.node()) + degreeDelta.getOrDefault(c.node(), 0);
            if (degree != 0) {
                throw conflict("node " + c.node() + " got relationships from a concurrent transaction");
            }
        } else if (command instanceof Command.CreateRelationship c) {
            createdRels.add(c.relationship());
            nodeExists(c.startNode());
            nodeExists(c.endNode());
            adjust(c.startNode(), c.endNode(), 1);
        } else if (command instanceof Command.DeleteRelationship c) {
            relationshipWritable(c.relationship());
            int i = (int) c.relationship();
            adjust(store.relStart[i], store.relEnd[i], -1);
        } else if (command instanceof Command.SetRelationshipProperty c) {
            relationshipWritable(c.relationship());
        } else if (command instanceof Command.RemoveRelationshipProperty c) {
            relationshipWritable(c.relationship());
        }
    }

    private void adjust(long start, long end, int delta) {
        degreeDelta.merge(start, delta, Integer::sum);
        if (end != start) {
            degreeDelta.merge(end, delta, Integer::sum);
        }
    }

    private void nodeExists(long node) {
        if (!createdNodes.contains(node) && !store.nodeExistsNow(node)) {
            throw conflict("node " + node + " was deleted by a concurrent transaction");
        }
    }

    private void nodeWritable(long node) {
        if (createdNodes.contains(node)) {
            return;
        }
        if (!store.nodeExistsNow(node) || store.nodeChangedAfter(node, snapshotTx)) {
            throw conflict("node " + node + " was changed by a concurrent transaction");
        }
    }

    private void relationshipWritable(long rel) {
        if (createdRels.contains(rel)) {
            return;
        }
        if (!store.relationshipExistsNow(rel) || store.relationshipChangedAfter(rel, snapshotTx)) {
            throw conflict("relationship " + rel + " was changed by a concurrent transaction");
        }
    }

    private StorageException conflict(String what) {
        return new StorageException(
                StorageFailure.WRITE_CONFLICT,
                "write conflict: " + what + " after this transaction's snapshot (tx " + snapshotTx
                        + "); retry the transaction");
    }
}
