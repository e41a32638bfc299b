package org.quiverdb.http.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Neo4j's error object {@code {"code": ..., "message": ...}} and the bodies built from it. Stateless. */
public final class ErrorJson {
    private ErrorJson() {}

    /** Writes one error object. */
    public static void write(JsonGenerator json, Failure failure) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", failure.status().code());
        json.writeStringField("message", failure.message());
        json.writeEndObject();
    }

    /** The body {@code {"errors":[{...}]}} the Query API and the transport answer with. */
    public static byte[] errorsBody(Failure failure) {
        return body(failure, false);
    }

    /** The body {@code {"results":[],"errors":[{...}]}} the transactional endpoint answers with. */
    public static byte[] resultsAndErrorsBody(Failure failure) {
        return body(failure, true);
    }

    private static byte[] body(Failure failure, boolean withResults) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator json = JsonStreams.generator(out)) {
            json.writeStartObject();
            if (withResults) {
                json.writeArrayFieldStart("results");
                json.writeEndArray();
            }
            json.writeArrayFieldStart("errors");
            write(json, failure);
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
