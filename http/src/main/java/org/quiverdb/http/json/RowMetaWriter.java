package org.quiverdb.http.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.quiverdb.values.value.DateTimeValue;
import org.quiverdb.values.value.DateValue;
import org.quiverdb.values.value.DurationValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.LocalDateTimeValue;
import org.quiverdb.values.value.LocalTimeValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.PathValue;
import org.quiverdb.values.value.PointValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.TimeValue;
import org.quiverdb.values.value.Value;

/**
 * The {@code meta} entry beside each row value: for a node or relationship {@code {"id", "elementId",
 * "type", "deleted"}}, for a path or list the list of its elements' metas, for temporal and spatial
 * values {@code {"type": "date"}} and so on, otherwise {@code null}. Stateless.
 */
public final class RowMetaWriter implements ValueWriter {
    public static final RowMetaWriter INSTANCE = new RowMetaWriter();

    private RowMetaWriter() {}

    @Override
    public void write(JsonGenerator json, Value value) throws IOException {
        if (value instanceof NodeValue v) {
            writeEntity(json, v.id(), v.elementId(), "node");
        } else if (value instanceof RelationshipValue v) {
            writeEntity(json, v.id(), v.elementId(), "relationship");
        } else if (value instanceof PathValue v) {
            json.writeStartArray();
            for (int i = 0; i < v.nodes().size(); i++) {
                if (i > 0) {
                    write(json, v.relationships().get(i - 1));
                }
                write(json, v.nodes().get(i));
            }
            json.writeEndArray();
        } else if (value instanceof ListValue v) {
            json.writeStartArray();
            for (Value element : v.values()) {
                write(json, element);
            }
            json.writeEndArray();
        } else {
            String type = simpleType(value);
            if (type == null) {
                json.writeNull();
            } else {
                json.writeStartObject();
                json.writeStringField("type", type);
                json.writeEndObject();
            }
        }
    }

    private static void writeEntity(JsonGenerator json, long id, String elementId, String type) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", id);
        json.writeStringField("elementId", elementId);
        json.writeStringField("type", type);
        json.writeBooleanField("deleted", false);
        json.writeEndObject();
    }

    private static String simpleType(Value value) {
        if (value instanceof PointValue) {
            return "point";
        } else if (value instanceof DateValue) {
            return "date";
        } else if (value instanceof TimeValue) {
            return "time";
        } else if (value instanceof LocalTimeValue) {
            return "localtime";
        } else if (value instanceof DateTimeValue) {
            return "datetime";
        } else if (value instanceof LocalDateTimeValue) {
            return "localdatetime";
        } else if (value instanceof DurationValue) {
            return "duration";
        }
        return null;
    }
}
