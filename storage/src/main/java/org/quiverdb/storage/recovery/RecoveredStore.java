package org.quiverdb.storage.recovery;

import java.util.List;
import java.util.UUID;
import org.quiverdb.storage.graph.GraphStore;
import org.quiverdb.storage.log.LogScan;

/**
 * The outcome of recovery: the rebuilt store and what it took.
 *
 * @param store the graph as of {@code lastTxId}
 * @param databaseId the database's identity from its checkpoint
 * @param checkpointTxId the transaction id of the checkpoint loaded
 * @param lastTxId the newest transaction recovered
 * @param log what the log scan found (segments, replayed entries)
 * @param warnings what was cut or skipped
 */
public record RecoveredStore(
        GraphStore store, UUID databaseId, long checkpointTxId, long lastTxId, LogScan log, List<String> warnings) {}
