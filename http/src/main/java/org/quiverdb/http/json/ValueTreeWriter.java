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
 * The walk every JSON value format shares: null, booleans, strings, base64 byte arrays, ISO
 * temporal text, lists and maps are written alike, with each element written back through {@link
 * #write} (so a format that wraps every value, like typed JSON, wraps nested ones too). The
 * formats differ only in the leaves: numbers, points, nodes, relationships and paths. Stateless.
 */
abstract class ValueTreeWriter implements ValueWriter {
    @Override
    public void write(JsonGenerator json, Value value) throws IOException {
        writeContent(json, value);
    }

    /** Writes {@code value} without any per-value envelope. */
    final void writeContent(JsonGenerator json, Value value) throws IOException {
        if (value instanceof NullValue) {
            json.writeNull();
        } else if (value instanceof BooleanValue v) {
            json.writeBoolean(v.booleanValue());
        } else if (value instanceof IntegerValue v) {
            writeInteger(json, v.value());
        } else if (value instanceof FloatValue v) {
            writeFloat(json, v.value());
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
            writePath(json, v);
        } else if (value instanceof PointValue v) {
            writePoint(json, v);
        } else {
            json.writeString(TemporalText.of(value));
        }
    }

    final void writeMap(JsonGenerator json, MapValue map) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, Value> entry : map.map().entrySet()) {
            json.writeFieldName(entry.getKey());
            write(json, entry.getValue());
        }
        json.writeEndObject();
    }

    /** A path as the list of its alternating nodes and relationships, each written by {@link #write}. */
    final void writePathElements(JsonGenerator json, PathValue path) throws IOException {
        json.writeStartArray();
        for (int i = 0; i < path.nodes().size(); i++) {
            if (i > 0) {
                write(json, path.relationships().get(i - 1));
            }
            write(json, path.nodes().get(i));
        }
        json.writeEndArray();
    }

    abstract void writeInteger(JsonGenerator json, long value) throws IOException;

    abstract void writeFloat(JsonGenerator json, double value) throws IOException;

    abstract void writeNode(JsonGenerator json, NodeValue node) throws IOException;

    abstract void writeRelationship(JsonGenerator json, RelationshipValue relationship) throws IOException;

    abstract void writePath(JsonGenerator json, PathValue path) throws IOException;

    abstract void writePoint(JsonGenerator json, PointValue point) throws IOException;
}
