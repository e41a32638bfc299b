package org.quiverdb.cypher.api;

import java.util.List;
import org.quiverdb.values.value.Value;

/**
 * One running query: rows are produced on demand, one {@link #next()} at a time, so a consumer
 * that stops pulling stops the work. Confined to one thread at a time.
 */
public interface QueryExecution extends AutoCloseable {
    /** The result's column names, in order. */
    List<String> fieldNames();

    /**
     * The next row (one value per field, a fresh array the caller may keep), or {@code null} when
     * the result is exhausted. Runtime errors are thrown from here.
     */
    Value[] next();

    /** What the query changed so far; complete once {@link #next()} has returned null. */
    QueryStatistics statistics();

    QueryType queryType();

    /** Notifications (deprecations, performance hints) for the client. */
    List<Notification> notifications();

    /**
     * The plan of an EXPLAIN or PROFILE query, else empty. For PROFILE the counts are those
     * measured so far: complete once {@link #next()} has returned null. EXPLAIN runs nothing.
     */
    default java.util.Optional<PlanDescription> plan() {
        return java.util.Optional.empty();
    }

    /** Stops the query early, releasing its resources; the transaction stays open. */
    @Override
    void close();
}
