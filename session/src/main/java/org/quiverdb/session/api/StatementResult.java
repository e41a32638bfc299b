package org.quiverdb.session.api;

import java.util.List;
import org.quiverdb.values.value.Value;

/**
 * The streamed result of one statement. Rows are computed only as they are pulled, so a client
 * that pulls slowly holds no more than one batch in server memory.
 */
public interface StatementResult {
    /** Column names. */
    List<String> fields();

    /** Time from receiving the statement to the result being available, in milliseconds. */
    long timeToFirstMillis();

    /**
     * Pulls up to {@code n} rows ({@code -1} = all) into {@code consumer}; returns true when more
     * rows remain. Once it returns false the summary is final and, for auto-commit, the transaction
     * has committed (or failed: the error is thrown from here).
     */
    boolean pull(long n, RowConsumer consumer);

    /** Discards up to {@code n} rows ({@code -1} = all); returns true when more rows remain. */
    boolean discard(long n);

    /** The summary; complete once the result is exhausted. */
    ResultSummary summary();

    /** Receives rows. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(Value[] row);
    }
}
