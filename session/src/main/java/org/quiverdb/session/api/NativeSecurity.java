package org.quiverdb.session.api;

import java.time.Clock;
import java.util.Objects;
import java.util.Random;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.session.security.UserSecurity;

/**
 * Native authentication over the {@code system} database: users stored as nodes there (durable and
 * logged like any data), passwords hashed with scrypt, Neo4j's lockout after failed logins, the
 * default {@code neo4j}/{@code neo4j} user whose password must be changed first, and the
 * user-management statements ({@code SHOW USERS}, {@code SHOW CURRENT USER}, {@code CREATE / ALTER
 * / DROP USER}, {@code ALTER CURRENT USER SET PASSWORD}, {@code CALL dbms.security.changePassword}).
 * Pass it to {@link SessionServices#create(Databases, org.quiverdb.cypher.api.CypherEngine, Clock,
 * java.time.Duration, NativeSecurity)}. Thread-safe.
 */
public final class NativeSecurity {
    private final UserSecurity users;

    private NativeSecurity(UserSecurity users) {
        this.users = users;
    }

    /**
     * Opens the users of {@code databases}' {@code system} database (creating the default user when
     * there are none). {@code random} salts password hashes: pass a {@link java.security.SecureRandom}.
     */
    public static NativeSecurity open(Databases databases, SecuritySettings settings, Clock clock, Random random) {
        Objects.requireNonNull(databases, "databases");
        Objects.requireNonNull(settings, "settings");
        return new NativeSecurity(UserSecurity.open(databases, settings, clock, random));
    }

    /** The authenticator Bolt and HTTP use; accepts every token when auth is disabled. */
    public Authenticator authenticator() {
        return users.authenticator();
    }

    /**
     * Sets the {@code neo4j} user's password ({@code quiver-admin set-initial-password}); fails with
     * {@code Neo.ClientError.Statement.ArgumentError} once the password was changed or other users
     * exist, or when it is shorter than the minimum length.
     */
    public void setInitialPassword(String password, boolean requirePasswordChange) {
        users.setInitialPassword(password, requirePasswordChange);
    }

    UserSecurity users() {
        return users;
    }
}
