package org.quiverdb.storage.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.quiverdb.storage.api.FileSystem;
import org.quiverdb.storage.api.StorageSettings;
import org.quiverdb.storage.api.StoreView;
import org.quiverdb.storage.checkpoint.CheckpointWriter;
import org.quiverdb.storage.checkpoint.Checkpoints;
import org.quiverdb.storage.graph.GraphStore;
import org.quiverdb.storage.log.LogWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes checkpoints in the background (on an interval and after a volume of log) and on demand,
 * then prunes old checkpoints and the log segments they cover beyond the retention. Writers go on
 * meanwhile: the checkpoint reads one snapshot through a view.
 *
 * <p>Thread-safety: {@link #checkpointNow} is synchronized (one checkpoint at a time); the
 * background thread waits on {@link #signal}, whose monitor guards {@code stopping}.
 */
final class Checkpointer {
    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);
    private static final long MAX_WAIT_MILLIS = 1000;

    private final GraphEngine engine;
    private final GraphStore store;
    private final LogWriter log;
    private final UUID databaseId;
    private final FileSystem fs;
    private final Path directory;
    private final StorageSettings settings;
    private final Object signal = new Object();
    private boolean stopping;
    private Thread thread;
    private long lastTxId;
    private long lastLogBytes;
    private long lastMillis;

    Checkpointer(
            GraphEngine engine,
            GraphStore store,
            LogWriter log,
            UUID databaseId,
            Path directory,
            StorageSettings settings,
            long checkpointTxId) {
        this.engine = engine;
        this.store = store;
        this.log = log;
        this.databaseId = databaseId;
        this.fs = settings.fileSystem();
        this.directory = directory;
        this.settings = settings;
        this.lastTxId = checkpointTxId;
        this.lastMillis = settings.clock().millis();
    }

    void start(String name) {
        thread = new Thread(this::run, "quiver-checkpointer-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Writes a checkpoint of everything visible now, unless one for that transaction exists. */
    synchronized void checkpointNow() throws IOException {
        long bytes = log.bytesWritten();
        try (StoreView view = engine.openViewForCheckpoint()) {
            if (view.transactionId() != lastTxId) {
                new CheckpointWriter(fs, directory).write(store, view, databaseId);
                lastTxId = view.transactionId();
            }
        }
        lastLogBytes = bytes;
        lastMillis = settings.clock().millis();
        Checkpoints.prune(fs, directory);
        List<Long> kept = Checkpoints.list(fs, directory);
        log.prune(kept.get(kept.size() - 1), settings.logRetentionBytes());
    }

    /** Called after each commit: wakes the thread when enough log was written. */
    void afterCommit() {
        if (log.bytesWritten() - lastLogBytes >= settings.checkpointLogBytes()) {
            synchronized (signal) {
                signal.notifyAll();
            }
        }
    }

    private boolean due() {
        boolean volume = log.bytesWritten() - lastLogBytes >= settings.checkpointLogBytes();
        boolean interval = settings.clock().millis() - lastMillis
                        >= settings.checkpointInterval().toMillis()
                && engine.lastCommittedTransactionId() != lastTxId;
        return volume || interval;
    }

    private void run() {
        while (true) {
            synchronized (signal) {
                if (stopping) {
                    return;
                }
                try {
                    if (!due()) {
                        signal.wait(MAX_WAIT_MILLIS);
                    }
                } catch (InterruptedException e) {
                    return;
                }
                if (stopping) {
                    return;
                }
            }
            if (due()) {
                try {
                    checkpointNow();
                } catch (IOException | RuntimeException e) {
                    LOG.error("Checkpoint of {} failed; will retry: {}", directory, e.toString());
                }
            }
        }
    }

    /** Stops the background thread and waits (bounded) for it to finish. */
    void stop() {
        synchronized (signal) {
            stopping = true;
            signal.notifyAll();
        }
        if (thread != null) {
            try {
                thread.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
