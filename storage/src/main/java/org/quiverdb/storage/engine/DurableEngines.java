package org.quiverdb.storage.engine;

import java.io.IOException;
import java.nio.file.Path;
import org.quiverdb.storage.api.StorageException;
import org.quiverdb.storage.api.StorageFailure;
import org.quiverdb.storage.api.StorageSettings;
import org.quiverdb.storage.log.LogWriter;
import org.quiverdb.storage.recovery.RecoveredStore;
import org.quiverdb.storage.recovery.Recovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a durable engine on a directory: recovery, then a fresh log segment and a checkpointer. */
public final class DurableEngines {
    private static final Logger LOG = LoggerFactory.getLogger(DurableEngines.class);
    /** Held while the store is open, as Neo4j's {@code store_lock}. */
    static final String STORE_LOCK = "store_lock";

    private DurableEngines() {}

    public static GraphEngine open(Path directory, StorageSettings settings) {
        AutoCloseable lock = null;
        try {
            settings.fileSystem().createDirectories(directory);
            lock = settings.fileSystem().lock(directory.resolve(STORE_LOCK));
            RecoveredStore recovered = new Recovery(settings.fileSystem(), directory).recover();
            for (String warning : recovered.warnings()) {
                LOG.warn("Recovery of {}: {}", directory, warning);
            }
            LogWriter log = new LogWriter(
                    settings.fileSystem(),
                    directory,
                    settings.logSegmentBytes(),
                    settings.fsyncMode(),
                    recovered.log());
            GraphEngine engine = new GraphEngine(
                    recovered.store(), recovered.lastTxId(), log, recovered.databaseId(), settings.clock(), lock);
            Checkpointer checkpointer = new Checkpointer(
                    engine,
                    recovered.store(),
                    log,
                    recovered.databaseId(),
                    directory,
                    settings,
                    recovered.checkpointTxId());
            engine.attach(checkpointer);
            checkpointer.start(
                    directory.getFileName() == null
                            ? "db"
                            : directory.getFileName().toString());
            return engine;
        } catch (IOException e) {
            release(lock);
            throw new StorageException(
                    StorageFailure.IO_FAILURE, "opening the store in " + directory + " failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    private static void release(AutoCloseable lock) {
        if (lock == null) {
            return;
        }
        try {
            lock.close();
        } catch (Exception e) {
            LOG.warn("Releasing the store lock failed: {}", e.toString());
        }
    }
}
