package org.quiverdb.bench.side;

import java.nio.file.Path;

/**
 * A database server the runner started in its own JVM and must stop. Implementations are
 * confined to the runner's main thread.
 */
interface ServerProcess extends AutoCloseable {
    /** "quiver" or "neo4j": the key used in every report. */
    String engine();

    /** The bolt:// address the driver connects to. */
    String boltUri();

    /** The folder holding the server's stores and logs on disk. */
    Path dataDirectory();

    /** The server JVM's process id, for jcmd. */
    long pid();

    /** Stops the server and waits for its JVM to exit. */
    @Override
    void close();
}
