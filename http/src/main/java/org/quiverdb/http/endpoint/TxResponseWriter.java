package org.quiverdb.http.endpoint;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.quiverdb.cypher.api.Notification;
import org.quiverdb.cypher.api.QueryStatistics;
import org.quiverdb.http.json.ErrorJson;
import org.quiverdb.http.json.Failure;
import org.quiverdb.http.json.GraphCollector;
import org.quiverdb.http.json.JsonStreams;
import org.quiverdb.http.json.RowMetaWriter;
import org.quiverdb.http.json.RowValueWriter;
import org.quiverdb.session.api.ResultSummary;
import org.quiverdb.session.api.StatementResult;
import org.quiverdb.values.value.Value;

/**
 * Streams one transactional-endpoint response: {@code {"results": [...], "errors": [...],
 * "notifications"?, "commit"?, "transaction"?, "lastBookmarks"?}}. Rows are written as they are
 * pulled, in batches, so a result of any size passes through bounded memory. Confined to one
 * worker thread; call the methods in the order of the fields.
 */
final class TxResponseWriter implements Closeable {
    static final int BATCH_ROWS = 1000;
    private static final DateTimeFormatter EXPIRES = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final JsonGenerator json;
    private final GraphCollector graph = new GraphCollector();

    TxResponseWriter(OutputStream out) throws IOException {
        this.json = JsonStreams.generator(out);
        json.writeStartObject();
        json.writeArrayFieldStart("results");
    }

    /**
     * Streams one statement's result; returns its summary. When pulling fails the result object is
     * still closed properly and the failure is rethrown.
     */
    ResultSummary writeResult(TxStatement statement, StatementResult result) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("columns");
        for (String field : result.fields()) {
            json.writeString(field);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("data");
        boolean complete = false;
        try {
            boolean more = true;
            while (more) {
                more = result.pull(BATCH_ROWS, row -> writeRow(statement, row));
            }
            complete = true;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            json.writeEndArray();
            if (complete && statement.includeStats()) {
                json.writeFieldName("stats");
                writeStats(result.summary().statistics());
            }
            json.writeEndObject();
        }
        return result.summary();
    }

    private void writeRow(TxStatement statement, Value[] row) {
        try {
            json.writeStartObject();
            if (statement.formats().contains(ResultFormat.ROW)) {
                json.writeArrayFieldStart("row");
                for (Value value : row) {
                    RowValueWriter.INSTANCE.write(json, value);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("meta");
                for (Value value : row) {
                    RowMetaWriter.INSTANCE.write(json, value);
                }
                json.writeEndArray();
            }
            if (statement.formats().contains(ResultFormat.GRAPH)) {
                graph.collect(row);
                json.writeFieldName("graph");
                graph.writeAndClear(json);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeStats(QueryStatistics s) throws IOException {
        json.writeStartObject();
        json.writeBooleanField("contains_updates", s.containsUpdates());
        json.writeNumberField("nodes_created", s.nodesCreated());
        json.writeNumberField("nodes_deleted", s.nodesDeleted());
        json.writeNumberField("properties_set", s.propertiesSet());
        json.writeNumberField("relationships_created", s.relationshipsCreated());
        // Neo4j's own spelling: singular "relationship_deleted"
        json.writeNumberField("relationship_deleted", s.relationshipsDeleted());
        json.writeNumberField("labels_added", s.labelsAdded());
        json.writeNumberField("labels_removed", s.labelsRemoved());
        json.writeNumberField("indexes_added", s.indexesAdded());
        json.writeNumberField("indexes_removed", s.indexesRemoved());
        json.writeNumberField("constraints_added", s.constraintsAdded());
        json.writeNumberField("constraints_removed", s.constraintsRemoved());
        json.writeBooleanField("contains_system_updates", s.containsSystemUpdates());
        json.writeNumberField("system_updates", s.systemUpdates());
        json.writeEndObject();
    }

    /** Ends {@code results} and writes {@code errors} (empty when {@code failure} is null). */
    void endResults(Failure failure, List<Notification> notifications) throws IOException {
        json.writeEndArray();
        json.writeArrayFieldStart("errors");
        if (failure != null) {
            ErrorJson.write(json, failure);
        }
        json.writeEndArray();
        if (!notifications.isEmpty()) {
            json.writeArrayFieldStart("notifications");
            for (Notification n : notifications) {
                writeNotification(n);
            }
            json.writeEndArray();
        }
    }

    private void writeNotification(Notification n) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", n.code());
        json.writeStringField("severity", n.severity());
        json.writeStringField("title", n.title());
        json.writeStringField("description", n.description());
        if (n.offset() >= 0) {
            json.writeObjectFieldStart("position");
            json.writeNumberField("offset", n.offset());
            json.writeNumberField("line", n.line());
            json.writeNumberField("column", n.column());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** Where to commit the still-open transaction, and when it expires. */
    void openTransaction(String commitUri, Instant expires) throws IOException {
        json.writeStringField("commit", commitUri);
        json.writeObjectFieldStart("transaction");
        json.writeStringField("expires", EXPIRES.format(expires));
        json.writeEndObject();
    }

    /** The bookmark of the committed transaction. */
    void lastBookmarks(String bookmark) throws IOException {
        json.writeArrayFieldStart("lastBookmarks");
        json.writeString(bookmark);
        json.writeEndArray();
    }

    @Override
    public void close() throws IOException {
        json.writeEndObject();
        json.close();
    }
}
