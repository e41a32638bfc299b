package org.quiverdb.http.endpoint;

import java.util.Objects;
import java.util.Set;
import org.quiverdb.values.value.MapValue;

/**
 * One statement of a transactional-endpoint request.
 *
 * @param formats the result formats asked for; never empty ({@code row} by default)
 * @param includeStats whether to report the statement's update counters
 */
record TxStatement(String statement, MapValue parameters, Set<ResultFormat> formats, boolean includeStats) {
    TxStatement {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(parameters, "parameters");
        formats = Set.copyOf(formats);
        if (formats.isEmpty()) {
            formats = Set.of(ResultFormat.ROW);
        }
    }
}
