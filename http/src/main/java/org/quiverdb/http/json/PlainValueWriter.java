package org.quiverdb.http.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.PathValue;
import org.quiverdb.values.value.PointValue;
import org.quiverdb.values.value.RelationshipValue;

/**
 * The Query API's plain JSON: scalars as JSON scalars, temporals as ISO text, points as extended
 * WKT text, byte arrays base64, nodes {@code {"elementId", "labels", "properties"}}, relationships
 * {@code {"elementId", "startNodeElementId", "endNodeElementId", "type", "properties"}}, paths the
 * list of their alternating elements. Stateless.
 */
public final class PlainValueWriter extends ValueTreeWriter {
    public static final PlainValueWriter INSTANCE = new PlainValueWriter();

    private PlainValueWriter() {}

    @Override
    void writeInteger(JsonGenerator json, long value) throws IOException {
        json.writeNumber(value);
    }

    @Override
    void writeFloat(JsonGenerator json, double value) throws IOException {
        json.writeNumber(value);
    }

    @Override
    void writePath(JsonGenerator json, PathValue path) throws IOException {
        writePathElements(json, path);
    }

    @Override
    void writePoint(JsonGenerator json, PointValue point) throws IOException {
        json.writeString(SpatialText.wkt(point));
    }

    @Override
    void writeNode(JsonGenerator json, NodeValue node) throws IOException {
        json.writeStartObject();
        json.writeStringField("elementId", node.elementId());
        json.writeArrayFieldStart("labels");
        for (String label : node.labels()) {
            json.writeString(label);
        }
        json.writeEndArray();
        json.writeFieldName("properties");
        writeMap(json, node.properties());
        json.writeEndObject();
    }

    @Override
    void writeRelationship(JsonGenerator json, RelationshipValue rel) throws IOException {
        json.writeStartObject();
        json.writeStringField("elementId", rel.elementId());
        json.writeStringField("startNodeElementId", rel.startElementId());
        json.writeStringField("endNodeElementId", rel.endElementId());
        json.writeStringField("type", rel.type());
        json.writeFieldName("properties");
        writeMap(json, rel.properties());
        json.writeEndObject();
    }
}
