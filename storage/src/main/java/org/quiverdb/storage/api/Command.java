package org.quiverdb.storage.api;

import java.util.Objects;
import org.quiverdb.values.value.Value;

/**
 * One logical change in a committed transaction: what the write-ahead log records, recovery
 * replays and replication will ship. A transaction's commands are applied in order; the kernel
 * emits creations before the changes that use them and deletions of relationships before
 * deletions of their nodes. Immutable.
 */
public sealed interface Command
        permits Command.CreateNode,
                Command.DeleteNode,
                Command.AddLabel,
                Command.RemoveLabel,
                Command.SetNodeProperty,
                Command.RemoveNodeProperty,
                Command.CreateRelationship,
                Command.DeleteRelationship,
                Command.SetRelationshipProperty,
                Command.RemoveRelationshipProperty,
                Command.CreateToken {

    record CreateNode(long node) implements Command {}

    record DeleteNode(long node) implements Command {}

    record AddLabel(long node, int label) implements Command {}

    record RemoveLabel(long node, int label) implements Command {}

    record SetNodeProperty(long node, int key, Value value) implements Command {
        public SetNodeProperty {
            Objects.requireNonNull(value, "value");
        }
    }

    record RemoveNodeProperty(long node, int key) implements Command {}

    record CreateRelationship(long relationship, int type, long startNode, long endNode) implements Command {}

    record DeleteRelationship(long relationship) implements Command {}

    record SetRelationshipProperty(long relationship, int key, Value value) implements Command {
        public SetRelationshipProperty {
            Objects.requireNonNull(value, "value");
        }
    }

    record RemoveRelationshipProperty(long relationship, int key) implements Command {}

    record CreateToken(TokenKind kind, int id, String name) implements Command {
        public CreateToken {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
        }
    }
}
