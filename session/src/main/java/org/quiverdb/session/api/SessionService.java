package org.quiverdb.session.api;

/**
 * The one entry point both protocols (and later the shell, backup and cluster listeners) use to
 * reach the engine. Safe for concurrent use.
 */
public interface SessionService {
    /**
     * Opens a session for an authenticated user on {@code database} ({@code null} = the default
     * database). Fails with {@code DATABASE_NOT_FOUND} for an unknown name.
     */
    Session open(SessionConfig config);

    /** The default database's name. */
    String defaultDatabase();

    /**
     * The user name {@code token} authenticates; fails with {@code SECURITY_UNAUTHORIZED}. The
     * default accepts every token, as {@code dbms.security.auth_enabled=false} does.
     */
    default String authenticate(AuthToken token) {
        return token.principal();
    }
}
