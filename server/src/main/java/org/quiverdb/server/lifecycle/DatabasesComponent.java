package org.quiverdb.server.lifecycle;

import java.nio.file.Path;
import java.security.SecureRandom;
import org.quiverdb.cypher.api.CypherEngine;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.EmbeddedDatabases;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.session.api.NativeSecurity;
import org.quiverdb.session.api.SecuritySettings;
import org.quiverdb.session.api.SessionService;
import org.quiverdb.session.api.SessionServices;

/**
 * The databases under the data folder and the session service over them: start opens (and
 * recovers) every database, stop closes them cleanly (checkpoint, close logs) after the
 * connectors have stopped. The connectors reach the engine only through {@link #sessions()}.
 *
 * <p>Thread-safe: start and stop are synchronized; {@link #sessions()} is valid between them.
 */
final class DatabasesComponent implements Component {
    private final Path dataDirectory;
    private final KernelSettings settings;
    private final CypherEngine cypher;
    private final SecuritySettings security;
    private Databases databases;
    private volatile SessionService sessions;

    DatabasesComponent(Path dataDirectory, KernelSettings settings, CypherEngine cypher, SecuritySettings security) {
        this.dataDirectory = dataDirectory;
        this.settings = settings;
        this.cypher = cypher;
        this.security = security;
    }

    @Override
    public String name() {
        return "databases";
    }

    @Override
    public synchronized void start() {
        databases = EmbeddedDatabases.open(dataDirectory, settings);
        sessions = SessionServices.create(
                databases,
                cypher,
                settings.clock(),
                SessionServices.DEFAULT_BOOKMARK_TIMEOUT,
                // Users live in system: opened (default neo4j user created) with the databases.
                NativeSecurity.open(databases, security, settings.clock(), new SecureRandom()));
        UserLog.get().info("Databases {} opened under {}", databases.names(), dataDirectory);
    }

    @Override
    public synchronized void stop() {
        sessions = null;
        if (databases != null) {
            databases.close();
            databases = null;
        }
    }

    /** The session service; only between start and stop. */
    SessionService sessions() {
        SessionService s = sessions;
        if (s == null) {
            throw new IllegalStateException("the databases are not started");
        }
        return s;
    }
}
