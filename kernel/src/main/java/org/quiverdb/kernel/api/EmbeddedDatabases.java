package org.quiverdb.kernel.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quiverdb.kernel.database.LocalDatabases;
import org.quiverdb.storage.api.Storage;

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
        try {
            Files.createDirectories(dataDirectory.resolve("databases"));
        } catch (IOException e) {
            throw new UncheckedIOException("creating data directory " + dataDirectory + " failed", e);
        }
        return new LocalDatabases(settings, name -> Storage.inMemory(settings.clock()));
    }

    /** Databases without files: fast, and everything is lost on close (tests, scratch use). */
    public static Databases inMemory(KernelSettings settings) {
        return new LocalDatabases(settings, name -> Storage.inMemory(settings.clock()));
    }
}
