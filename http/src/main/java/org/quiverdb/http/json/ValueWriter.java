package org.quiverdb.http.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.quiverdb.values.value.Value;

/** Writes one Cypher value as JSON in one of the API's formats. Implementations are stateless. */
public interface ValueWriter {
    void write(JsonGenerator json, Value value) throws IOException;
}
