package org.quiverdb.session.security;

import java.time.Clock;
import java.util.Optional;
import java.util.Random;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.session.api.Authenticator;
import org.quiverdb.session.api.SecuritySettings;
import org.quiverdb.session.api.Session;

/**
 * Native security over one server's {@code system} database: the user store (with the default
 * {@code neo4j}/{@code neo4j} user, password change required, created on first start), the
 * authenticator Bolt and HTTP share, and the sessions that answer user-management statements.
 * Reached from other modules only through {@code session.api.NativeSecurity}.
 *
 * <p>Thread-safe: its parts are.
 */
public final class UserSecurity {
    /** The user every new server has, as in Neo4j. */
    public static final String DEFAULT_USER = "neo4j";

    static final String DEFAULT_PASSWORD = "neo4j";

    private final SecuritySettings settings;
    private final SystemUserStore store;
    private final PasswordHasher hasher;
    private final UserAdministration administration;
    private final Authenticator authenticator;

    private UserSecurity(Databases databases, SecuritySettings settings, Clock clock, Random random) {
        this.settings = settings;
        this.store = new SystemUserStore(databases);
        this.hasher = new PasswordHasher(random, settings.hashCostLog2());
        LoginAttempts attempts = new LoginAttempts(clock, settings.maxFailedAttempts(), settings.lockTime());
        this.administration = new UserAdministration(store, hasher, attempts, settings.minimumPasswordLength());
        this.authenticator =
                settings.authEnabled() ? new NativeAuthenticator(store, hasher, attempts) : Authenticator.AUTH_DISABLED;
    }

    /** Opens the user store in {@code databases}' system database, creating the default user if none. */
    public static UserSecurity open(Databases databases, SecuritySettings settings, Clock clock, Random random) {
        UserSecurity security = new UserSecurity(databases, settings, clock, random);
        if (security.store.isEmpty()) {
            // The default password is shorter than the minimum on purpose: it must be changed.
            security.store.put(new UserRecord(DEFAULT_USER, security.hasher.hash(DEFAULT_PASSWORD), true, false));
        }
        return security;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    /** {@code inner}, answering user-management statements and enforcing expired credentials. */
    public Session secure(Session inner, String user) {
        String current = settings.authEnabled() ? user : "";
        return new SecuredSession(inner, current, administration, this::mustChangePassword);
    }

    /**
     * Sets the default user's password, as {@code quiver-admin set-initial-password} does before the
     * first start; fails once the default password has been changed or other users exist.
     */
    public void setInitialPassword(String password, boolean changeRequired) {
        Optional<UserRecord> neo4j = store.user(DEFAULT_USER);
        boolean pristine = store.users().size() == 1
                && neo4j.isPresent()
                && hasher.matches(DEFAULT_PASSWORD, neo4j.get().credentials());
        if (!pristine) {
            throw new QuiverException(
                    Status.STATEMENT_ARGUMENT_ERROR,
                    "set-initial-password: the system database already has users with passwords set"
                            + " (expected: a database whose only user is neo4j with the default password)");
        }
        String hashed = administration.hashNewPassword(DEFAULT_USER, password);
        store.put(new UserRecord(DEFAULT_USER, hashed, changeRequired, false));
    }

    private boolean mustChangePassword(String user) {
        return !user.isEmpty()
                && store.user(user).map(UserRecord::passwordChangeRequired).orElse(false);
    }
}
