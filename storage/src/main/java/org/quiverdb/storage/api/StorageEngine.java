package org.quiverdb.storage.api;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * One database's store: the committed graph with its versions, its write-ahead log, checkpoints
 * and recovery. The kernel stages a transaction's writes itself and hands them over as commands
 * at commit. This is the seam where a disk-resident engine can be added later.
 *
 * <p>Thread-safe.
 */
public interface StorageEngine extends AutoCloseable {
    /** The database's identity, stable across restarts (part of element ids). */
    UUID databaseId();

    /** A view of everything committed and durable before this call. */
    StoreView openView();

    /** The newest transaction visible to new views. */
    long lastCommittedTransactionId();

    /** Waits until {@code txId} is visible; false on timeout. */
    boolean awaitVisible(long txId, Duration timeout) throws InterruptedException;

    long reserveNodeId();

    long reserveRelationshipId();

    /** Returns an id reserved by a transaction that did not commit it. */
    void releaseNodeId(long node);

    void releaseRelationshipId(long relationship);

    /** The token's id, or -1 when unknown. */
    int token(TokenKind kind, String name);

    /** The token's id, creating it durably (in its own log entry) when unknown. */
    int tokenOrCreate(TokenKind kind, String name);

    /** The token's name, or null when no token has that id. */
    String tokenName(TokenKind kind, int id);

    /**
     * Validates {@code commands} against commits after {@code snapshotTx} (first committer wins,
     * else {@link StorageFailure#WRITE_CONFLICT}), logs them durably and applies them; returns the
     * new transaction id, visible to views opened after this returns. {@code snapshotTx} should be
     * the id of a view held open until this returns; a snapshot whose versions were already
     * reclaimed is refused as a conflict.
     */
    long commit(long snapshotTx, List<Command> commands);

    /** Writes a checkpoint now (no-op for an engine without files). */
    void checkpoint();

    /** Bytes held by the committed graph (arrays and records), for memory reports. */
    long footprintBytes();

    /**
     * Checks the committed state's invariants (relationship ends exist, adjacency matches
     * relationships, counts match); returns the problems found, empty when consistent. Blocks
     * commits while it runs.
     */
    List<String> checkConsistency();

    /** Checkpoints and closes files; views still open must not be used afterwards. */
    @Override
    void close();
}
