package org.quiverdb.storage.api;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.quiverdb.storage.engine.DurableEngines;
import org.quiverdb.storage.engine.GraphEngine;
import org.quiverdb.storage.io.InMemoryFileSystem;
import org.quiverdb.storage.io.RealFileSystem;

/** Opens storage engines. The one class other modules construct storage through. */
public final class Storage {
    private Storage() {}

    /**
     * Opens (creating when absent) the durable store in {@code directory}: recovers it from its
     * newest valid checkpoint and log, then logs every commit before it returns.
     */
    public static StorageEngine open(Path directory, StorageSettings settings) {
        return DurableEngines.open(directory, settings);
    }

    /** The operating system's file system. */
    public static FileSystem realFileSystem() {
        return new RealFileSystem();
    }

    /**
     * A file system held in memory (tests, tools): durable stores opened on it survive a close and
     * reopen of the engine, but not the process.
     */
    public static FileSystem inMemoryFileSystem() {
        return new InMemoryFileSystem();
    }

    /** An engine without files (tests, scratch databases): everything is lost on close. */
    public static StorageEngine inMemory(Clock clock) {
        return GraphEngine.inMemory(UUID.randomUUID(), clock);
    }
}
