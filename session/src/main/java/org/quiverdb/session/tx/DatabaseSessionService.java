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
import org.quiverdb.session.security.UserSecurity;

/**
 * Opens {@link DatabaseSession}s on the kernel's databases (secured by native users when {@code
 * security} is not null). Holds no per-session state, so it is
 * safe for concurrent use.
 */
public final class DatabaseSessionService implements SessionService {
    private final Databases databases;
    private final CypherEngine engine;
    private final Clock clock;
    private final BookmarkWait bookmarkWait;
    private final Authenticator authenticator;
    private final UserSecurity security;

    public DatabaseSessionService(
            Databases databases,
            CypherEngine engine,
            Clock clock,
            Duration bookmarkTimeout,
            Authenticator authenticator,
            UserSecurity security) {
        this.databases = databases;
        this.engine = engine;
        this.clock = clock;
        this.bookmarkWait = new BookmarkWait(databases, bookmarkTimeout);
        this.authenticator = authenticator;
        this.security = security;
    }

    @Override
    public Session open(SessionConfig config) {
        String name = config.database();
        if (name == null || name.isEmpty()) {
            name = databases.defaultDatabaseName();
        }
        GraphDatabase database = databases.database(name);
        Session session = new DatabaseSession(database, engine, clock, bookmarkWait);
        return security == null ? session : security.secure(session, config.user());
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
