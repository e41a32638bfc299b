package org.quiverdb.session.tx;

import java.time.Clock;
import java.time.Duration;
import org.quiverdb.cypher.api.CypherEngine;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.GraphDatabase;
import org.quiverdb.session.api.AuthToken;
import org.quiverdb.session.api.Authenticator;
import org.quiverdb.session.api.Session;
import org.quiverdb.session.api.SessionConfig;
import org.quiverdb.session.api.SessionService;

/**
 * Opens {@link DatabaseSession}s on the kernel's databases. Holds no per-session state, so it is
 * safe for concurrent use.
 */
public final class DatabaseSessionService implements SessionService {
    private final Databases databases;
    private final CypherEngine engine;
    private final Clock clock;
    private final BookmarkWait bookmarkWait;
    private final Authenticator authenticator;

    public DatabaseSessionService(
            Databases databases,
            CypherEngine engine,
            Clock clock,
            Duration bookmarkTimeout,
            Authenticator authenticator) {
        this.databases = databases;
        this.engine = engine;
        this.clock = clock;
        this.bookmarkWait = new BookmarkWait(databases, bookmarkTimeout);
        this.authenticator = authenticator;
    }

    @Override
    public Session open(SessionConfig config) {
        String name = config.database();
        if (name == null || name.isEmpty()) {
            name = databases.defaultDatabaseName();
        }
        GraphDatabase database = databases.database(name);
        return new DatabaseSession(database, engine, clock, bookmarkWait);
    }

    @Override
    public String defaultDatabase() {
        return databases.defaultDatabaseName();
    }

    @Override
    public String authenticate(AuthToken token) {
        return authenticator.authenticate(token);
    }
}
