package org.quiverdb.session.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.quiverdb.cypher.api.CypherEngine;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.session.tx.DatabaseSessionService;

/**
 * Builds the {@link SessionService} both protocols call. This is the one class other modules
 * construct from the session module.
 */
public final class SessionServices {
    /** How long a transaction waits for a client's bookmarks before failing with BookmarkTimeout. */
    public static final Duration DEFAULT_BOOKMARK_TIMEOUT = Duration.ofSeconds(30);

    private SessionServices() {}

    /**
     * A session service over {@code databases}, running Cypher with {@code engine}, measuring
     * {@code t_first}/{@code t_last} with {@code clock}, with authentication disabled.
     */
    public static SessionService create(Databases databases, CypherEngine engine, Clock clock) {
        return create(databases, engine, clock, DEFAULT_BOOKMARK_TIMEOUT, Authenticator.AUTH_DISABLED);
    }

    /** As {@link #create(Databases, CypherEngine, Clock)}, with a bookmark wait limit and an authenticator. */
    public static SessionService create(
            Databases databases,
            CypherEngine engine,
            Clock clock,
            Duration bookmarkTimeout,
            Authenticator authenticator) {
        Objects.requireNonNull(databases, "databases");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(bookmarkTimeout, "bookmarkTimeout");
        Objects.requireNonNull(authenticator, "authenticator");
        return new DatabaseSessionService(databases, engine, clock, bookmarkTimeout, authenticator, null);
    }

    /**
     * As {@link #create(Databases, CypherEngine, Clock, Duration, Authenticator)}, authenticating
     * against native users and answering user-management statements from them.
     */
    public static SessionService create(
            Databases databases, CypherEngine engine, Clock clock, Duration bookmarkTimeout, NativeSecurity security) {
        Objects.requireNonNull(databases, "databases");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(bookmarkTimeout, "bookmarkTimeout");
        return new DatabaseSessionService(
                databases, engine, clock, bookmarkTimeout, security.authenticator(), security.users());
    }
}
