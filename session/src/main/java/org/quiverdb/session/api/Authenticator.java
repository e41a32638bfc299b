package org.quiverdb.session.api;

import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;

/**
 * The auth hook: turns a client's token into an authenticated user name. Implementations are
 * safe for concurrent use.
 */
@FunctionalInterface
public interface Authenticator {
    /**
     * {@code dbms.security.auth_enabled=false}, the default until the security layer lands: like
     * Neo4j with authentication disabled, every token is accepted whatever its scheme (an
     * application configured for SSO or basic auth still connects); the user is the principal, or
     * empty.
     */
    Authenticator AUTH_DISABLED = AuthToken::principal;

    /**
     * The user name {@code token} authenticates; throws a {@link QuiverException} with {@link
     * Status#SECURITY_UNAUTHORIZED} when it does not.
     */
    String authenticate(AuthToken token);
}
