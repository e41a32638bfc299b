package org.quiverdb.http.query;

import java.util.List;
import java.util.Objects;
import org.quiverdb.kernel.api.AccessMode;
import org.quiverdb.values.value.MapValue;

/**
 * A parsed Query API body.
 *
 * @param statement the Cypher text, or {@code null} when the body had none (allowed when opening
 *     or committing a transaction)
 */
record QueryRequest(
        String statement, MapValue parameters, boolean includeCounters, List<String> bookmarks, AccessMode accessMode) {
    static final QueryRequest EMPTY = new QueryRequest(null, MapValue.EMPTY, false, List.of(), AccessMode.WRITE);

    QueryRequest {
        Objects.requireNonNull(parameters, "parameters");
        bookmarks = List.copyOf(bookmarks);
        Objects.requireNonNull(accessMode, "accessMode");
    }
}
