package org.quiverdb.kernel.tx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.quiverdb.storage.api.Command;
import org.quiverdb.storage.api.CountsDelta;
import org.quiverdb.values.value.Value;

/**
 * A transaction's staged writes, as net effects over its snapshot: created entities with their
 * full state, changes to existing ones, deletions, the relationships it added per node, and its
 * counts delta. At commit it becomes the ordered command list the log records. Confined to the
 * transaction's thread.
 */
final class TxState {
    /** A node or relationship created by this transaction. */
    static final class Created {
        final Set<Integer> labels = new LinkedHashSet<>();
        final Map<Integer, Value> properties = new TreeMap<>();
        final int type;
        final long start;
        final long end;

        Created(int type, long start, long end) {
            this.type = type;
            this.start = start;
            this.end = end;
        }
    }

    /** Changes to a node or relationship that existed in the snapshot. NULL marks a removal. */
    static final class Changed {
        final Set<Integer> addedLabels = new LinkedHashSet<>();
        final Set<Integer> removedLabels = new LinkedHashSet<>();
        final Map<Integer, Value> properties = new TreeMap<>();
    }

    final Map<Long, Created> createdNodes = new LinkedHashMap<>();
    final Map<Long, Changed> changedNodes = new HashMap<>();
    /** Deleted nodes that existed in the snapshot, with their labels at deletion (for counts). */
    final Map<Long, int[]> deletedNodes = new LinkedHashMap<>();
    /** Nodes this transaction created and deleted again: never committed. */
    final Set<Long> discardedNodes = new LinkedHashSet<>();

    final Map<Long, Created> createdRels = new LinkedHashMap<>();
    final Map<Long, Changed> changedRels = new HashMap<>();
    final Set<Long> deletedRels = new LinkedHashSet<>();
    final Set<Long> discardedRels = new LinkedHashSet<>();

    /** Relationships created by this transaction, per node at either end. */
    final Map<Long, List<Long>> addedAdjacency = new HashMap<>();

    final CountsDelta counts = new CountsDelta();

    boolean isEmpty() {
        return createdNodes.isEmpty()
                && changedNodes.isEmpty()
                && deletedNodes.isEmpty()
                && createdRels.isEmpty()
                && changedRels.isEmpty()
                && deletedRels.isEmpty();
    }

    Changed changedNode(long node) {
        return changedNodes.computeIfAbsent(node, k -> new Changed());
    }

    Changed changedRel(long rel) {
        return changedRels.computeIfAbsent(rel, k -> new Changed());
    }

    void addAdjacency(long node, long rel) {
        addedAdjacency.computeIfAbsent(node, k -> new ArrayList<>()).add(rel);
    }

    void removeAdjacency(long node, long rel) {
        List<Long> list = addedAdjacency.get(node);
        if (list != null) {
            list.remove(Long.valueOf(rel));
        }
    }

    /** The commands in apply order: creations, changes, relationship deletions, node deletions. */
    List<Command> commands() {
        List<Command> out = new ArrayList<>();
        createdNodes.forEach((node, created) -> {
            out.add(new Command.CreateNode(node));
            created.labels.forEach(label -> out.add(new Command.AddLabel(node, label)));
            created.properties.forEach((key, value) -> out.add(new Command.SetNodeProperty(node, key, value)));
        });
        changedNodes.forEach((node, changed) -> {
            if (deletedNodes.containsKey(node)) {
                return;
            }
            changed.addedLabels.forEach(label -> out.add(new Command.AddLabel(node, label)));
            changed.removedLabels.forEach(label -> out.add(new Command.RemoveLabel(node, label)));
            changed.properties.forEach((key, value) -> out.add(
                    value.isNull()
                            ? new Command.RemoveNodeProperty(node, key)
                            : new Command.SetNodeProperty(node, key, value)));
        });
        createdRels.forEach((rel, created) -> {
            out.add(new Command.CreateRelationship(rel, created.type, created.start, created.end));
            created.properties.forEach((key, value) -> out.add(new Command.SetRelationshipProperty(rel, key, value)));
        });
        changedRels.forEach((rel, changed) -> {
            if (deletedRels.contains(rel)) {
                return;
            }
            changed.properties.forEach((key, value) -> out.add(
                    value.isNull()
                            ? new Command.RemoveRelationshipProperty(rel, key)
                            : new Command.SetRelationshipProperty(rel, key, value)));
        });
        deletedRels.forEach(rel -> out.add(new Command.DeleteRelationship(rel)));
        deletedNodes.keySet().forEach(node -> out.add(new Command.DeleteNode(node)));
        return out;
    }
}
