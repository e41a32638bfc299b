package org.quiverdb.http.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.PathValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.Value;

/**
 * The transactional endpoint's {@code graph} format for one row: every node and relationship the
 * row holds (inside lists, maps and paths too), each once, ids as strings as Neo4j writes them.
 * Confined to the thread writing the row; {@link #writeAndClear} makes it reusable for the next.
 */
public final class GraphCollector {
    private final Map<Long, NodeValue> nodes = new LinkedHashMap<>();
    private final Map<Long, RelationshipValue> relationships = new LinkedHashMap<>();

    /** Collects the entities of one row. */
    public void collect(Value[] row) {
        for (Value value : row) {
            collect(value);
        }
    }

    private void collect(Value value) {
        if (value instanceof NodeValue v) {
            nodes.putIfAbsent(v.id(), v);
        } else if (value instanceof RelationshipValue v) {
            relationships.putIfAbsent(v.id(), v);
        } else if (value instanceof PathValue v) {
            v.nodes().forEach(this::collect);
            v.relationships().forEach(this::collect);
        } else if (value instanceof ListValue v) {
            v.values().forEach(this::collect);
        } else if (value instanceof MapValue v) {
            v.map().values().forEach(this::collect);
        }
    }

    /** Writes {@code {"nodes": [...], "relationships": [...]}} and forgets the row. */
    public void writeAndClear(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("nodes");
        for (NodeValue node : nodes.values()) {
            json.writeStartObject();
            json.writeStringField("id", Long.toString(node.id()));
            json.writeStringField("elementId", node.elementId());
            json.writeArrayFieldStart("labels");
            for (String label : node.labels()) {
                json.writeString(label);
            }
            json.writeEndArray();
            json.writeFieldName("properties");
            RowValueWriter.INSTANCE.write(json, node.properties());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("relationships");
        for (RelationshipValue rel : relationships.values()) {
            json.writeStartObject();
            json.writeStringField("id", Long.toString(rel.id()));
            json.writeStringField("elementId", rel.elementId());
            json.writeStringField("type", rel.type());
            json.writeStringField("startNode", Long.toString(rel.startId()));
            json.writeStringField("startNodeElementId", rel.startElementId());
            json.writeStringField("endNode", Long.toString(rel.endId()));
            json.writeStringField("endNodeElementId", rel.endElementId());
            json.writeFieldName("properties");
            RowValueWriter.INSTANCE.write(json, rel.properties());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        nodes.clear();
        relationships.clear();
    }
}
