package org.quiverdb.session.api;

import java.util.Map;
import java.util.Objects;

/**
 * The credentials a client presents, as Bolt's HELLO/LOGON and HTTP's Authorization header carry
 * them.
 *
 * @param scheme {@code none}, {@code basic}, {@code bearer}, {@code kerberos} or a custom scheme
 * @param principal the user name, empty when the scheme has none
 * @param credentials the password or token, empty when the scheme has none
 * @param extra any other keys the client sent (realm, parameters), as strings
 */
public record AuthToken(String scheme, String principal, String credentials, Map<String, String> extra) {
    public static final AuthToken NONE = new AuthToken("none", "", "", Map.of());

    public AuthToken {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(credentials, "credentials");
        extra = Map.copyOf(extra);
    }

    /** A {@code basic} token. */
    public static AuthToken basic(String principal, String credentials) {
        return new AuthToken("basic", principal, credentials, Map.of());
    }

    @Override
    public String toString() {
        // Never print credentials: tokens end up in logs.
        return "AuthToken[scheme=" + scheme + ", principal=" + principal + "]";
    }
}
