package org.quiverdb.http.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The one Jackson factory of the module. Generators never close the stream they write to: the
 * transport decides when a response ends. Thread-safe (Jackson factories are).
 */
public final class JsonStreams {
    /** Deepest nesting accepted in a request body; deeper input is rejected, not recursed into. */
    public static final int MAX_NESTING_DEPTH = 200;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .build())
            .build();

    private JsonStreams() {}

    /** A UTF-8 generator over {@code out}; closing it flushes but leaves {@code out} open. */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        return FACTORY.createGenerator(out, JsonEncoding.UTF8);
    }

    /** A parser over {@code in} (UTF-8, or whatever BOM-less encoding Jackson detects). */
    public static JsonParser parser(InputStream in) throws IOException {
        return FACTORY.createParser(in);
    }
}
