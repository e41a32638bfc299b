package org.quiverdb.storage.recovery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.quiverdb.storage.api.FileSystem;
import org.quiverdb.storage.api.StorageException;
import org.quiverdb.storage.api.StorageFailure;
import org.quiverdb.storage.api.StoreView;
import org.quiverdb.storage.checkpoint.CheckpointReader;
import org.quiverdb.storage.checkpoint.CheckpointWriter;
import org.quiverdb.storage.checkpoint.Checkpoints;
import org.quiverdb.storage.format.CorruptDataException;
import org.quiverdb.storage.graph.GraphStore;
import org.quiverdb.storage.log.LogReader;
import org.quiverdb.storage.log.LogScan;
import org.quiverdb.storage.log.LogSegments;

/**
 * Rebuilds a database's store on start: the newest valid checkpoint (falling back to an older one
 * when the newest is damaged), then the log after it, with a torn or corrupt tail cut. A new
 * database directory gets an empty checkpoint holding its fresh identity. Confined to the opening
 * thread.
 */
public final class Recovery {
    private final FileSystem fs;
    private final Path directory;

    public Recovery(FileSystem fs, Path directory) {
        this.fs = fs;
        this.directory = directory;
    }

    public RecoveredStore recover() throws IOException {
        fs.createDirectories(directory);
        List<String> warnings = new ArrayList<>();
        List<Long> checkpoints = Checkpoints.list(fs, directory);
        if (checkpoints.isEmpty()) {
            if (!LogSegments.list(fs, directory).isEmpty()) {
                throw new StorageException(
                        StorageFailure.CORRUPT_STORE,
                        directory + ": transaction log present but no checkpoint (expected: checkpoint.<txId>)");
            }
            createEmpty();
            checkpoints = Checkpoints.list(fs, directory);
        }
        for (long txId : checkpoints) {
            Path path = Checkpoints.path(directory, txId);
            GraphStore store = new GraphStore();
            CheckpointReader reader;
            try {
                reader = CheckpointReader.open(fs, path);
                reader.loadInto(store);
            } catch (CorruptDataException e) {
                warnings.add(path + " is damaged (" + e.getMessage() + "); falling back to an older checkpoint");
                continue;
            }
            LogScan scan = new LogReader(fs, directory).replay(txId, (tx, commands) -> {
                store.apply(tx, commands);
                store.reclaim(tx);
            });
            warnings.addAll(scan.warnings());
            return new RecoveredStore(
                    store, reader.header().databaseId(), txId, scan.lastTxId(), scan, List.copyOf(warnings));
        }
        throw new StorageException(
                StorageFailure.CORRUPT_STORE,
                directory + ": no valid checkpoint (" + String.join("; ", warnings) + ")");
    }

    private void createEmpty() throws IOException {
        GraphStore empty = new GraphStore();
        try (StoreView view = empty.view(0, () -> {})) {
            new CheckpointWriter(fs, directory).write(empty, view, UUID.randomUUID());
        }
    }
}
