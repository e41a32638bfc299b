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
 * The transactional endpoint's {@code row} format: nodes and relationships become their property
 * maps, a path becomes the list of its alternating elements' property maps, points become
 * GeoJSON-like objects with a {@code crs}, temporals ISO text, byte arrays base64. What the
 * entities are is told separately by {@link RowMetaWriter}. Stateless.
 */
public final class RowValueWriter implements ValueWriter {
    public static final RowValueWriter INSTANCE = new RowValueWriter();

    private RowValueWriter() {}

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
            writeMap(json, v.properties());
        } else if (value instanceof RelationshipValue v) {
            writeMap(json, v.properties());
        } else if (value instanceof PathValue v) {
            writePath(json, v);
        } else if (value instanceof PointValue v) {
            writePoint(json, v);
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

    private void writePath(JsonGenerator json, PathValue path) throws IOException {
        json.writeStartArray();
        for (int i = 0; i < path.nodes().size(); i++) {
            if (i > 0) {
                writeMap(json, path.relationships().get(i - 1).properties());
            }
            writeMap(json, path.nodes().get(i).properties());
        }
        json.writeEndArray();
    }

    private static void writePoint(JsonGenerator json, PointValue point) throws IOException {
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
