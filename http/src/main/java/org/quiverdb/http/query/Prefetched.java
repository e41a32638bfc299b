package org.quiverdb.http.query;

import java.util.List;
import org.quiverdb.session.api.StatementResult;
import org.quiverdb.values.value.Value;

/**
 * A started statement with its first batch of rows already pulled, so that failures surfacing in
 * the first rows still choose the HTTP status before the response begins.
 *
 * @param more whether rows remain after {@code firstRows}
 */
record Prefetched(StatementResult result, List<Value[]> firstRows, boolean more) {
    /** A request without a statement: no fields, no rows. */
    static final Prefetched NOTHING = new Prefetched(null, List.of(), false);
}
