package org.quiverdb.http.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.BytesValue;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.PathValue;
import org.quiverdb.values.value.PointValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/**
 * The Query API's plain JSON: scalars as JSON scalars, temporals as ISO text, points as extended
 * WKT text, byte arrays base64, nodes {@code {"elementId", "labels", "properties"}}, relationships
 * {@code {"elementId", "startNodeElementId", "endNodeElementId", "type", "properties"}}, paths the
 * list of their alternating elements. Stateless.
 */
public final class PlainValueWriter implements ValueWriter {
    public static final PlainValueWriter INSTANCE = new PlainValueWriter();

    private PlainValueWriter() {}

    @Override
    public void write(JsonGenerator json, Value value) throws IOException {
        if (value instanceof NullValue) {
            json.writeNull();
        } else if (value instanceof BooleanValue v) {
            json.writeBoolean(v.booleanValue());
        } else if (value instanceof IntegerValue v) {
            json.writeNumber(v.value());
        } else if (value instanceof FloatValue v) {
            json.writeNumber(v.value());
        } else if (value instanceof StringValue v) {
            json.writeString(v.value());
        } else if (value instanceof BytesValue v) {
            json.writeString(Base64.getEncoder().encodeToString(v.toByteArray()));
        } else if (value instanceof ListValue v) {
            json.writeStartArray();
            for (Value element : v.values()) {
                write(json, element);
            }
            json.writeEndArray();
        } else if (value instanceof MapValue v) {
            writeMap(json, v);
        } else if (value instanceof NodeValue v) {
            writeNode(json, v);
        } else if (value instanceof RelationshipValue v) {
            writeRelationship(json, v);
        } else if (value instanceof PathValue v) {
            json.writeStartArray();
            for (int i = 0; i < v.nodes().size(); i++) {
                if (i > 0) {
                    writeRelationship(json, v.relationships().get(i - 1));
                }
                writeNode(json, v.nodes().get(i));
            }
            json.writeEndArray();
        } else if (value instanceof PointValue v) {
            json.writeString(SpatialText.wkt(v));
        } else {
            json.writeString(TemporalText.of(value));
        }
    }

    private void writeMap(JsonGenerator json, MapValue map) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, Value> entry : map.map().entrySet()) {
            json.writeFieldName(entry.getKey());
            write(json, entry.getValue());
        }
        json.writeEndObject();
    }

    private void writeNode(JsonGenerator json, NodeValue node) throws IOException {
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

    private void writeRelationship(JsonGenerator json, RelationshipValue rel) throws IOException {
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
