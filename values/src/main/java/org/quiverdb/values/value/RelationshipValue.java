package org.quiverdb.values.value;

import java.util.Objects;

/** A relationship as a query returns it: ids of itself and both end nodes, type and properties. */
public record RelationshipValue(
        long id,
        String elementId,
        long startId,
        String startElementId,
        long endId,
        String endElementId,
        String type,
        MapValue properties)
        implements Value {
    public RelationshipValue {
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(startElementId, "startElementId");
        Objects.requireNonNull(endElementId, "endElementId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(properties, "properties");
    }

    @Override
    public String typeName() {
        return "RELATIONSHIP";
    }
}
