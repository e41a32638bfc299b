package org.quiverdb.session.tx;

import java.time.Clock;
import java.util.List;
import org.quiverdb.cypher.api.QueryExecution;
import org.quiverdb.cypher.api.QueryStatistics;
import org.quiverdb.session.api.ResultSummary;
import org.quiverdb.session.api.StatementResult;
import org.quiverdb.values.value.Value;

/**
 * A statement's rows, computed one at a time as they are pulled: at most one row beyond the
 * requested batch is computed (to know whether more remain, so the last batch carries the
 * summary). Once exhausted, failed or closed it stays so.
 *
 * <p>Confined to the session's current request thread.
 */
final class StreamedResult implements StatementResult {
    private enum State {
        OPEN,
        EXHAUSTED,
        FAILED,
        CLOSED
    }

    private final QueryExecution execution;
    private final String database;
    private final Clock clock;
    private final long timeToFirstMillis;
    private final ResultCompletion completion;
    private final List<String> fields;
    private State state = State.OPEN;
    private Value[] pending;
    private long streamingMillis;
    private String bookmark;

    StreamedResult(
            QueryExecution execution, String database, Clock clock, long startMillis, ResultCompletion completion) {
        this.execution = execution;
        this.database = database;
        this.clock = clock;
        this.fields = List.copyOf(execution.fieldNames());
        this.timeToFirstMillis = Math.max(0, clock.millis() - startMillis);
        this.completion = completion;
    }

    @Override
    public List<String> fields() {
        return fields;
    }

    @Override
    public long timeToFirstMillis() {
        return timeToFirstMillis;
    }

    @Override
    public boolean pull(long n, RowConsumer consumer) {
        return stream(n, consumer);
    }

    @Override
    public boolean discard(long n) {
        return stream(n, null);
    }

    boolean isOpen() {
        return state == State.OPEN;
    }

    private boolean stream(long n, RowConsumer consumer) {
        if (n == 0 || n < -1) {
            throw new IllegalArgumentException("batch size: " + n + " (expected: -1 or > 0)");
        }
        if (state != State.OPEN) {
            return false;
        }
        long started = clock.millis();
        try {
            long emitted = 0;
            while (n < 0 || emitted < n) {
                Value[] row = nextRow();
                if (row == null) {
                    finish(started);
                    return false;
                }
                if (consumer != null) {
                    consumer.accept(row);
                }
                emitted++;
            }
            pending = execution.next();
            if (pending == null) {
                finish(started);
                return false;
            }
            streamingMillis += Math.max(0, clock.millis() - started);
            return true;
        } catch (RuntimeException e) {
            fail(e);
            throw e;
        }
    }

    private Value[] nextRow() {
        Value[] row = pending;
        if (row != null) {
            pending = null;
            return row;
        }
        return execution.next();
    }

    private void finish(long started) {
        execution.close();
        streamingMillis += Math.max(0, clock.millis() - started);
        bookmark = completion.exhausted();
        state = State.EXHAUSTED;
    }

    private void fail(RuntimeException cause) {
        if (state != State.OPEN) {
            return;
        }
        state = State.FAILED;
        pending = null;
        try {
            execution.close();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
        completion.failed(cause);
    }

    /** Stops the result without running it further; the session handles the transaction. */
    void close() {
        if (state == State.OPEN) {
            state = State.CLOSED;
            pending = null;
            execution.close();
        }
    }

    @Override
    public ResultSummary summary() {
        QueryStatistics statistics = execution.statistics();
        return new ResultSummary(
                statistics == null ? QueryStatistics.EMPTY : statistics,
                execution.queryType(),
                List.copyOf(execution.notifications()),
                database,
                bookmark,
                streamingMillis);
    }
}
