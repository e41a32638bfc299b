package org.quiverdb.http.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.PathValue;
import org.quiverdb.values.value.PointValue;
import org.quiverdb.values.value.RelationshipValue;

/**
 * The transactional endpoint's {@code row} format: nodes and relationships become their property
 * maps, a path becomes the list of its alternating elements' property maps, points become
 * GeoJSON-like objects with a {@code crs}, temporals ISO text, byte arrays base64. What the
 * entities are is told separately by {@link RowMetaWriter}. Stateless.
 */
public final class RowValueWriter extends ValueTreeWriter {
    public static final RowValueWriter INSTANCE = new RowValueWriter();

    private RowValueWriter() {}

    @Override
    void writeInteger(JsonGenerator json, long value) throws IOException {
        json.writeNumber(value);
    }

    @Override
    void writeFloat(JsonGenerator json, double value) throws IOException {
        json.writeNumber(value);
    }

    @Override
    void writeNode(JsonGenerator json, NodeValue node) throws IOException {
        writeMap(json, node.properties());
    }

    @Override
    void writeRelationship(JsonGenerator json, RelationshipValue relationship) throws IOException {
        writeMap(json, relationship.properties());
    }

    /** A path as its alternating elements' property maps (the row format's nodes and relationships). */
    @Override
    void writePath(JsonGenerator json, PathValue path) throws IOException {
        writePathElements(json, path);
    }

    @Override
    void writePoint(JsonGenerator json, PointValue point) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Point");
        json.writeArrayFieldStart("coordinates");
        for (int i = 0; i < point.dimension(); i++) {
            json.writeNumber(point.coordinate(i));
        }
        json.writeEndArray();
        json.writeObjectFieldStart("crs");
        json.writeNumberField("srid", point.srid());
        json.writeStringField("name", SpatialText.crsName(point));
        json.writeStringField("type", "link");
        json.writeObjectFieldStart("properties");
        json.writeStringField("href", SpatialText.crsHref(point));
        json.writeStringField("type", "ogcwkt");
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }
}
