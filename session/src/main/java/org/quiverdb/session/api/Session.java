package org.quiverdb.session.api;

import java.util.List;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.values.value.MapValue;

/**
 * One client session on one database: either idle, or holding one explicit transaction. Outside
 * an explicit transaction {@link #run} is auto-commit: the statement's transaction commits when its
 * result has been consumed or discarded.
 *
 * <p>Confined: one request at a time (the protocol's worker serialises them). {@link #terminate()}
 * may be called from any thread.
 */
public interface Session extends AutoCloseable {
    String database();

    /**
     * Runs a statement: in the open explicit transaction, or auto-commit when there is none, after
     * waiting for {@code bookmarks} to be visible (auto-commit only).
     */
    StatementResult run(String query, MapValue parameters, TransactionConfig config, List<String> bookmarks);

    /** Opens an explicit transaction after waiting for {@code bookmarks} to be visible. */
    void begin(TransactionConfig config, List<String> bookmarks);

    /** Commits the explicit transaction; returns its bookmark. */
    String commit();

    /** Rolls back the explicit transaction. */
    void rollback();

    boolean inTransaction();

    /** The bookmark of the newest transaction this session committed, or null. */
    String lastBookmark();

    /** Rolls back whatever is open and discards open results: the session is idle again. */
    void reset();

    /** Terminates the running statement and transaction from another thread. */
    void terminate();

    @Override
    void close();
}
