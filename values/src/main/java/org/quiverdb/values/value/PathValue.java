package org.quiverdb.values.value;

import java.util.List;

/**
 * A path: {@code nodes.size() == relationships.size() + 1}; relationship i connects node i and
 * node i+1 in either direction.
 */
public record PathValue(List<NodeValue> nodes, List<RelationshipValue> relationships) implements Value {
    public PathValue {
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
        if (nodes.size() != relationships.size() + 1) {
            throw new IllegalArgumentException("path with " + nodes.size() + " nodes and " + relationships.size()
                    + " relationships (expected: nodes = relationships + 1)");
        }
    }

    public int length() {
        return relationships.size();
    }

    @Override
    public String typeName() {
        return "PATH";
    }
}
