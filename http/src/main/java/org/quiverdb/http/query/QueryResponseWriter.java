package org.quiverdb.http.query;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.quiverdb.cypher.api.Notification;
import org.quiverdb.cypher.api.QueryStatistics;
import org.quiverdb.http.json.ErrorJson;
import org.quiverdb.http.json.Failure;
import org.quiverdb.http.json.JsonStreams;
import org.quiverdb.http.json.ValueWriter;
import org.quiverdb.values.value.Value;

/**
 * Streams one Query API answer: {@code {"data": {"fields", "values"}, "errors"?, "notifications"?,
 * "counters"?, "bookmarks", "transaction"?}}. Confined to one worker thread; call the methods in
 * field order.
 */
final class QueryResponseWriter implements Closeable {
    static final int BATCH_ROWS = 1000;

    private final OutputStream out;
    private final JsonGenerator json;
    private final ValueWriter values;

    /** Writes to {@code out} and closes it (ending the response) on {@link #close()}. */
    QueryResponseWriter(OutputStream out, ValueWriter values) throws IOException {
        this.out = out;
        this.json = JsonStreams.generator(out);
        this.values = values;
        json.writeStartObject();
    }

    /** Writes {@code data}, pulling the rest of the result; returns the failure that cut it short, or null. */
    Failure writeData(Prefetched started) throws IOException {
        json.writeObjectFieldStart("data");
        json.writeArrayFieldStart("fields");
        if (started.result() != null) {
            for (String field : started.result().fields()) {
                json.writeString(field);
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("values");
        Failure failure = null;
        try {
            for (Value[] row : started.firstRows()) {
                writeRow(row);
            }
            boolean more = started.more();
            while (more) {
                more = started.result().pull(BATCH_ROWS, this::writeRow);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            failure = Failure.of(e);
        }
        json.writeEndArray();
        json.writeEndObject();
        return failure;
    }

    private void writeRow(Value[] row) {
        try {
            json.writeStartArray();
            for (Value value : row) {
                values.write(json, value);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void errors(Failure failure) throws IOException {
        json.writeArrayFieldStart("errors");
        ErrorJson.write(json, failure);
        json.writeEndArray();
    }

    void notifications(List<Notification> notifications) throws IOException {
        if (notifications.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("notifications");
        for (Notification n : notifications) {
            json.writeStartObject();
            json.writeStringField("code", n.code());
            json.writeStringField("title", n.title());
            json.writeStringField("description", n.description());
            json.writeStringField("severity", n.severity());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    void counters(QueryStatistics s) throws IOException {
        json.writeObjectFieldStart("counters");
        json.writeBooleanField("containsUpdates", s.containsUpdates());
        json.writeNumberField("nodesCreated", s.nodesCreated());
        json.writeNumberField("nodesDeleted", s.nodesDeleted());
        json.writeNumberField("propertiesSet", s.propertiesSet());
        json.writeNumberField("relationshipsCreated", s.relationshipsCreated());
        json.writeNumberField("relationshipsDeleted", s.relationshipsDeleted());
        json.writeNumberField("labelsAdded", s.labelsAdded());
        json.writeNumberField("labelsRemoved", s.labelsRemoved());
        json.writeNumberField("indexesAdded", s.indexesAdded());
        json.writeNumberField("indexesRemoved", s.indexesRemoved());
        json.writeNumberField("constraintsAdded", s.constraintsAdded());
        json.writeNumberField("constraintsRemoved", s.constraintsRemoved());
        json.writeBooleanField("containsSystemUpdates", s.containsSystemUpdates());
        json.writeNumberField("systemUpdates", s.systemUpdates());
        json.writeEndObject();
    }

    /** Writes the bookmarks field: the committed transaction's bookmark, or an empty list. */
    void bookmarks(String bookmark) throws IOException {
        json.writeArrayFieldStart("bookmarks");
        if (bookmark != null) {
            json.writeString(bookmark);
        }
        json.writeEndArray();
    }

    void transaction(long id, Instant expires) throws IOException {
        json.writeObjectFieldStart("transaction");
        json.writeStringField("id", Long.toString(id));
        json.writeStringField("expires", expires.toString());
        json.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        json.writeEndObject();
        json.close();
        out.close();
    }
}
