package org.quiverdb.session.security;

import java.util.List;
import org.quiverdb.cypher.api.QueryStatistics;
import org.quiverdb.cypher.api.QueryType;
import org.quiverdb.session.api.ResultSummary;
import org.quiverdb.session.api.StatementResult;
import org.quiverdb.values.value.Value;

/**
 * The result of a user-management statement: computed (and committed) before it is returned, so
 * pulling only hands out the rows. Confined, like every result.
 */
final class FixedResult implements StatementResult {
    private final List<String> fields;
    private final List<Value[]> rows;
    private final ResultSummary summary;
    private int next;

    FixedResult(List<String> fields, List<Value[]> rows, QueryType type, long systemUpdates, String database) {
        this.fields = List.copyOf(fields);
        this.rows = List.copyOf(rows);
        QueryStatistics stats = new QueryStatistics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, systemUpdates);
        this.summary = new ResultSummary(stats, type, List.of(), database, null, 0, null);
    }

    @Override
    public List<String> fields() {
        return fields;
    }

    @Override
    public long timeToFirstMillis() {
        return 0;
    }

    @Override
    public boolean pull(long n, RowConsumer consumer) {
        long count = 0;
        while (next < rows.size() && (n < 0 || count < n)) {
            consumer.accept(rows.get(next++).clone());
            count++;
        }
        return next < rows.size();
    }

    @Override
    public boolean discard(long n) {
        next = n < 0 ? rows.size() : (int) Math.min(rows.size(), next + n);
        return next < rows.size();
    }

    @Override
    public ResultSummary summary() {
        return summary;
    }
}
