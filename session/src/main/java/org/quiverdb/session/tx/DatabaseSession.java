package org.quiverdb.session.tx;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.quiverdb.cypher.api.CypherEngine;
import org.quiverdb.cypher.api.QueryExecution;
import org.quiverdb.kernel.api.GraphDatabase;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.session.api.Session;
import org.quiverdb.session.api.StatementResult;
import org.quiverdb.session.bookmark.Bookmark;
import org.quiverdb.session.bookmark.BookmarkFormat;
import org.quiverdb.values.value.MapValue;

/**
 * A session on one database. Invariant: at most one of {@code explicitTx} and {@code autoCommit}
 * is non-null; every open result belongs to the one open transaction; a failed statement leaves
 * no transaction open (it is rolled back, as Neo4j does).
 *
 * <p>Confined to one request at a time; {@link #terminate()} may be called from any thread and
 * reads only the volatile {@code running}.
 */
final class DatabaseSession implements Session {
    private final GraphDatabase database;
    private final CypherEngine engine;
    private final Clock clock;
    private final BookmarkWait bookmarkWait;
    private final List<StreamedResult> txResults = new ArrayList<>();
    private KernelTransaction explicitTx;
    private StreamedResult autoCommit;
    private volatile KernelTransaction running;
    private String lastBookmark;
    private boolean closed;

    DatabaseSession(GraphDatabase database, CypherEngine engine, Clock clock, BookmarkWait bookmarkWait) {
        this.database = database;
        this.engine = engine;
        this.clock = clock;
        this.bookmarkWait = bookmarkWait;
    }

    @Override
    public String database() {
        return database.name();
    }

    @Override
    public StatementResult run(String query, MapValue parameters, TransactionConfig config, List<String> bookmarks) {
        ensureOpen();
        long start = clock.millis();
        MapValue params = parameters == null ? MapValue.EMPTY : parameters;
        if (explicitTx != null) {
            return runInTransaction(query, params, start);
        }
        finishAutoCommit();
        bookmarkWait.await(database, bookmarks);
        KernelTransaction tx = database.begin(config == null ? TransactionConfig.DEFAULT : config);
        running = tx;
        QueryExecution execution;
        try {
            execution = engine.execute(tx, query, params);
        } catch (RuntimeException e) {
            running = null;
            rollbackQuietly(tx, e);
            throw e;
        }
        autoCommit = new StreamedResult(execution, database.name(), clock, start, new AutoCommitCompletion(tx));
        return autoCommit;
    }

    private StatementResult runInTransaction(String query, MapValue params, long start) {
        QueryExecution execution;
        try {
            execution = engine.execute(explicitTx, query, params);
        } catch (RuntimeException e) {
            abortTransaction(e);
            throw e;
        }
        StreamedResult[] self = new StreamedResult[1];
        self[0] = new StreamedResult(execution, database.name(), clock, start, new ResultCompletion() {
            @Override
            public String exhausted() {
                txResults.remove(self[0]);
                return null;
            }

            @Override
            public void failed(RuntimeException cause) {
                txResults.remove(self[0]);
                abortTransaction(cause);
            }
        });
        txResults.add(self[0]);
        return self[0];
    }

    @Override
    public void begin(TransactionConfig config, List<String> bookmarks) {
        ensureOpen();
        if (explicitTx != null) {
            throw new QuiverException(
                    Status.REQUEST_INVALID,
                    "begin: a transaction is already open in this session (expected: commit or roll back first)");
        }
        finishAutoCommit();
        bookmarkWait.await(database, bookmarks);
        explicitTx = database.begin(config == null ? TransactionConfig.DEFAULT : config);
        running = explicitTx;
    }

    @Override
    public String commit() {
        KernelTransaction tx = requireTransaction("commit");
        // Results the client left unconsumed still run to the end: their writes are part of the tx.
        for (StreamedResult result : List.copyOf(txResults)) {
            result.discard(-1);
        }
        try {
            long id = tx.commit();
            lastBookmark = BookmarkFormat.format(new Bookmark(database.name(), id));
            return lastBookmark;
        } catch (RuntimeException e) {
            rollbackQuietly(tx, e);
            throw e;
        } finally {
            clearTransaction();
        }
    }

    @Override
    public void rollback() {
        KernelTransaction tx = requireTransaction("rollback");
        txResults.forEach(StreamedResult::close);
        try {
            tx.rollback();
        } finally {
            clearTransaction();
        }
    }

    @Override
    public boolean inTransaction() {
        return explicitTx != null;
    }

    @Override
    public String lastBookmark() {
        return lastBookmark;
    }

    @Override
    public void reset() {
        RuntimeException failure = new QuiverException(Status.TRANSACTION_TERMINATED, "session reset");
        if (autoCommit != null) {
            StreamedResult result = autoCommit;
            autoCommit = null;
            result.close();
        }
        KernelTransaction tx = running;
        txResults.forEach(StreamedResult::close);
        clearTransaction();
        if (tx != null && tx.isOpen()) {
            rollbackQuietly(tx, failure);
        }
    }

    @Override
    public void terminate() {
        KernelTransaction tx = running;
        if (tx != null) {
            tx.markForTermination(Status.TRANSACTION_TERMINATED);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            reset();
            closed = true;
        }
    }

    /** Runs a still-open auto-commit result to its end, so its writes commit before the next statement. */
    private void finishAutoCommit() {
        if (autoCommit != null) {
            StreamedResult previous = autoCommit;
            previous.discard(-1);
            autoCommit = null;
        }
    }

    private void abortTransaction(RuntimeException cause) {
        KernelTransaction tx = explicitTx;
        txResults.forEach(StreamedResult::close);
        clearTransaction();
        if (tx != null) {
            rollbackQuietly(tx, cause);
        }
    }

    private void clearTransaction() {
        explicitTx = null;
        txResults.clear();
        running = null;
    }

    private KernelTransaction requireTransaction(String operation) {
        ensureOpen();
        if (explicitTx == null) {
            throw new QuiverException(
                    Status.TRANSACTION_NOT_FOUND,
                    operation + ": no transaction is open in this session (expected: begin first)");
        }
        return explicitTx;
    }

    private void ensureOpen() {
        if (closed) {
            throw new QuiverException(Status.REQUEST_INVALID, "session is closed");
        }
    }

    private static void rollbackQuietly(KernelTransaction tx, RuntimeException cause) {
        try {
            if (tx.isOpen()) {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** Commits an auto-commit statement's own transaction when its result is exhausted. */
    private final class AutoCommitCompletion implements ResultCompletion {
        private final KernelTransaction tx;

        AutoCommitCompletion(KernelTransaction tx) {
            this.tx = tx;
        }

        @Override
        public String exhausted() {
            running = null;
            autoCommit = null;
            long id = tx.commit();
            lastBookmark = BookmarkFormat.format(new Bookmark(database.name(), id));
            return lastBookmark;
        }

        @Override
        public void failed(RuntimeException cause) {
            running = null;
            autoCommit = null;
            rollbackQuietly(tx, cause);
        }
    }
}
