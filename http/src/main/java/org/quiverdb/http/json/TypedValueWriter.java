package org.quiverdb.http.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.BytesValue;
import org.quiverdb.values.value.DateTimeValue;
import org.quiverdb.values.value.DateValue;
import org.quiverdb.values.value.DurationValue;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.LocalDateTimeValue;
import org.quiverdb.values.value.LocalTimeValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.PathValue;
import org.quiverdb.values.value.PointValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.TimeValue;
import org.quiverdb.values.value.Value;

/**
 * The Query API's typed JSON: every value is {@code {"$type": ..., "_value": ...}}; integers and
 * floats travel as strings so no 64-bit integer loses precision in a JavaScript client; entities
 * use {@code _element_id}, {@code _labels}, {@code _properties} and friends. Stateless.
 */
public final class TypedValueWriter extends ValueTreeWriter {
    public static final TypedValueWriter INSTANCE = new TypedValueWriter();

    private TypedValueWriter() {}

    @Override
    public void write(JsonGenerator json, Value value) throws IOException {
        json.writeStartObject();
        json.writeStringField("$type", typeOf(value).wireName());
        json.writeFieldName("_value");
        writeContent(json, value);
        json.writeEndObject();
    }

    @Override
    void writeInteger(JsonGenerator json, long value) throws IOException {
        json.writeString(Long.toString(value));
    }

    @Override
    void writeFloat(JsonGenerator json, double value) throws IOException {
        json.writeString(Double.toString(value));
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
        json.writeStringField("_element_id", node.elementId());
        json.writeArrayFieldStart("_labels");
        for (String label : node.labels()) {
            json.writeString(label);
        }
        json.writeEndArray();
        json.writeFieldName("_properties");
        writeMap(json, node.properties());
        json.writeEndObject();
    }

    @Override
    void writeRelationship(JsonGenerator json, RelationshipValue rel) throws IOException {
        json.writeStartObject();
        json.writeStringField("_element_id", rel.elementId());
        json.writeStringField("_start_node_element_id", rel.startElementId());
        json.writeStringField("_end_node_element_id", rel.endElementId());
        json.writeStringField("_type", rel.type());
        json.writeFieldName("_properties");
        writeMap(json, rel.properties());
        json.writeEndObject();
    }

    /** The {@code $type} of a value. */
    static TypedType typeOf(Value value) {
        if (value instanceof NullValue) {
            return TypedType.NULL;
        } else if (value instanceof BooleanValue) {
            return TypedType.BOOLEAN;
        } else if (value instanceof IntegerValue) {
            return TypedType.INTEGER;
        } else if (value instanceof FloatValue) {
            return TypedType.FLOAT;
        } else if (value instanceof StringValue) {
            return TypedType.STRING;
        } else if (value instanceof BytesValue) {
            return TypedType.BASE64;
        } else if (value instanceof ListValue) {
            return TypedType.LIST;
        } else if (value instanceof MapValue) {
            return TypedType.MAP;
        } else if (value instanceof DateValue) {
            return TypedType.DATE;
        } else if (value instanceof TimeValue) {
            return TypedType.TIME;
        } else if (value instanceof LocalTimeValue) {
            return TypedType.LOCAL_TIME;
        } else if (value instanceof DateTimeValue v) {
            return v.hasOffsetZone() ? TypedType.OFFSET_DATE_TIME : TypedType.ZONED_DATE_TIME;
        } else if (value instanceof LocalDateTimeValue) {
            return TypedType.LOCAL_DATE_TIME;
        } else if (value instanceof DurationValue) {
            return TypedType.DURATION;
        } else if (value instanceof PointValue) {
            return TypedType.POINT;
        } else if (value instanceof NodeValue) {
            return TypedType.NODE;
        } else if (value instanceof RelationshipValue) {
            return TypedType.RELATIONSHIP;
        }
        return TypedType.PATH;
    }
}
