package org.quiverdb.values.value;

import java.util.List;
import java.util.Objects;

/**
 * A node as a query returns it: its internal id (Neo4j's legacy {@code id(n)}), its element id
 * (Neo4j 5's stable string), labels and properties, read in the transaction that produced it.
 */
public record NodeValue(long id, String elementId, List<String> labels, MapValue properties) implements Value {
    public NodeValue {
        Objects.requireNonNull(elementId, "elementId");
        labels = List.copyOf(labels);
        Objects.requireNonNull(properties, "properties");
    }

    @Override
    public String typeName() {
        return "NODE";
    }
}
