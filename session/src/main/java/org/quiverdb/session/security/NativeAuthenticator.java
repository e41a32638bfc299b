package org.quiverdb.session.security;

import java.util.Optional;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.session.api.AuthToken;
import org.quiverdb.session.api.Authenticator;

/**
 * Checks {@code basic} tokens against the native user store: the user must exist, not be suspended,
 * not be locked out, and the password must match its hash. Every other scheme is refused. A user
 * whose password must be changed still authenticates; the session then refuses everything but the
 * password change (see {@link SecuredSession}).
 *
 * <p>Thread-safe: the store and the attempt counter are.
 */
final class NativeAuthenticator implements Authenticator {
    static final String UNAUTHORIZED = "The client is unauthorized due to authentication failure.";

    private final SystemUserStore store;
    private final PasswordHasher hasher;
    private final LoginAttempts attempts;

    NativeAuthenticator(SystemUserStore store, PasswordHasher hasher, LoginAttempts attempts) {
        this.store = store;
        this.hasher = hasher;
        this.attempts = attempts;
    }

    @Override
    public String authenticate(AuthToken token) {
        if (!token.scheme().equals("basic")) {
            // Neo4j answers a missing or unknown scheme as an authentication failure.
            throw new QuiverException(Status.SECURITY_UNAUTHORIZED, UNAUTHORIZED);
        }
        String name = token.principal();
        Optional<UserRecord> user = store.user(name);
        if (user.isEmpty()) {
            throw new QuiverException(Status.SECURITY_UNAUTHORIZED, UNAUTHORIZED);
        }
        if (attempts.isLocked(name)) {
            throw new QuiverException(
                    Status.SECURITY_AUTHENTICATION_RATE_LIMIT,
                    "too many failed logins in a row for user '" + name
                            + "' (expected: wait for dbms.security.auth_lock_time before trying again)");
        }
        if (!hasher.matches(token.credentials(), user.get().credentials())) {
            attempts.failed(name);
            throw new QuiverException(Status.SECURITY_UNAUTHORIZED, UNAUTHORIZED);
        }
        if (user.get().suspended()) {
            // Same answer as a wrong password: a client learns nothing about suspended accounts.
            throw new QuiverException(Status.SECURITY_UNAUTHORIZED, UNAUTHORIZED);
        }
        attempts.succeeded(name);
        return name;
    }
}
