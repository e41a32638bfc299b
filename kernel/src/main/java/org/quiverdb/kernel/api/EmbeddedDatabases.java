package org.quiverdb.kernel.api;

import java.io.IOException;
import java.nio.file.Path;
import org.quiverdb.kernel.database.LocalDatabases;
import org.quiverdb.kernel.tx.StorageFailures;
import org.quiverdb.storage.api.FileSystem;
import org.quiverdb.storage.api.FsyncMode;
import org.quiverdb.storage.api.Storage;
import org.quiverdb.storage.api.StorageException;
import org.quiverdb.storage.api.StorageSettings;

/**
 * Opens the databases of an embedded Quiver: what the server, the Cypher engine's tests, the TCK
 * runner and the benchmarks construct. Each database lives in {@code <data>/databases/<name>}.
 */
public final class EmbeddedDatabases {
    private EmbeddedDatabases() {}

    /**
     * Opens (creating when absent) the default database and {@code system} under {@code
     * dataDirectory}, recovering each from its checkpoint and log.
     */
    public static Databases open(Path dataDirectory, KernelSettings settings) {
        return open(dataDirectory, settings, Storage.realFileSystem());
    }

    /** As {@link #open(Path, KernelSettings)}, on the given file system (tests inject faults here). */
    public static Databases open(Path dataDirectory, KernelSettings settings, FileSystem fileSystem) {
        Path databases = dataDirectory.resolve("databases");
        try {
            fileSystem.createDirectories(databases);
        } catch (IOException e) {
            throw new QuiverException(
                    Status.GENERAL_UNKNOWN_ERROR, "creating data directory " + databases + " failed: " + e, e);
        }
        StorageSettings storage = new StorageSettings(
                fileSystem,
                settings.fsyncPolicy() == FsyncPolicy.NEVER ? FsyncMode.NEVER : FsyncMode.EVERY_COMMIT,
                settings.logSegmentBytes(),
                settings.logRetentionBytes(),
                settings.checkpointInterval(),
                settings.checkpointLogBytes(),
                settings.clock());
        try {
            return new LocalDatabases(settings, name -> Storage.open(databases.resolve(name), storage));
        } catch (StorageException e) {
            throw StorageFailures.toStatus(e);
        }
    }

    /** Databases without files: fast, and everything is lost on close (tests, scratch use). */
    public static Databases inMemory(KernelSettings settings) {
        return new LocalDatabases(settings, name -> Storage.inMemory(settings.clock()));
    }
}
