package org.quiverdb.session.api;

import java.util.Locale;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;

/**
 * The auth hook: turns a client's token into an authenticated user name. Implementations are
 * safe for concurrent use.
 */
@FunctionalInterface
public interface Authenticator {
    /**
     * Accepts every {@code none} and {@code basic} token ({@code dbms.security.auth_enabled=false},
     * the default until the security layer lands); the user is the principal, or empty.
     */
    Authenticator AUTH_DISABLED = token -> {
        String scheme = token.scheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("none") && !scheme.equals("basic")) {
            throw new QuiverException(
                    Status.SECURITY_UNAUTHORIZED,
                    "unsupported authentication scheme: '" + token.scheme() + "' (expected: none or basic)");
        }
        return token.principal();
    };

    /**
     * The user name {@code token} authenticates; throws a {@link QuiverException} with {@link
     * Status#SECURITY_UNAUTHORIZED} when it does not.
     */
    String authenticate(AuthToken token);
}
