package org.quiverdb.http.routing;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.quiverdb.http.json.ErrorJson;
import org.quiverdb.http.json.Failure;
import org.quiverdb.http.transport.Exchange;
import org.quiverdb.http.transport.MediaTypes;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.session.api.AuthToken;
import org.quiverdb.session.api.SessionService;

/**
 * HTTP authentication through the session layer's auth hook: {@code Authorization: Basic ...}
 * (and {@code Bearer ...}) become an {@link AuthToken}; no header is the {@code none} token, which
 * the hook accepts only while authentication is disabled. A rejected token is answered 401 with
 * {@code WWW-Authenticate: Basic realm="Neo4j"}, as Neo4j does; a locked-out user 429; an unreadable
 * header 400.
 * Immutable.
 */
public final class BasicAuth {
    private final SessionService sessions;

    public BasicAuth(SessionService sessions) {
        this.sessions = sessions;
    }

    /** The authenticated user, or {@code null} after answering the request with 400/401. */
    String authenticate(Exchange exchange, boolean txShape) {
        AuthToken token;
        try {
            token = token(exchange.header(HttpHeaderNames.AUTHORIZATION));
        } catch (IllegalArgumentException e) {
            Failure failure =
                    new Failure(Status.REQUEST_INVALID_FORMAT, "invalid authentication header: " + e.getMessage());
            exchange.respond(HttpResponseStatus.BAD_REQUEST, MediaTypes.JSON, body(failure, txShape), Map.of());
            return null;
        }
        try {
            return sessions.authenticate(token);
        } catch (QuiverException e) {
            boolean unauthorized = e.status() == Status.SECURITY_UNAUTHORIZED;
            // As Neo4j: 401 asks for credentials, 429 tells a locked-out client to back off.
            HttpResponseStatus status = unauthorized
                    ? HttpResponseStatus.UNAUTHORIZED
                    : e.status() == Status.SECURITY_AUTHENTICATION_RATE_LIMIT
                            ? HttpResponseStatus.TOO_MANY_REQUESTS
                            : HttpResponseStatus.FORBIDDEN;
            Map<String, String> headers = unauthorized
                    ? Map.of(HttpHeaderNames.WWW_AUTHENTICATE.toString(), "Basic realm=\"Neo4j\"")
                    : Map.of();
            exchange.respond(status, MediaTypes.JSON, body(Failure.of(e), txShape), headers);
            return null;
        }
    }

    /** The token an Authorization header carries; throws IllegalArgumentException when unreadable. */
    static AuthToken token(String header) {
        if (header == null || header.isBlank()) {
            return AuthToken.NONE;
        }
        String trimmed = header.trim();
        int space = trimmed.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("'" + trimmed + "' (expected: Basic <base64 of user:password>)");
        }
        String scheme = trimmed.substring(0, space).toLowerCase(Locale.ROOT);
        String value = trimmed.substring(space + 1).trim();
        if (scheme.equals("bearer")) {
            return new AuthToken("bearer", "", value, Map.of());
        }
        if (!scheme.equals("basic")) {
            throw new IllegalArgumentException("scheme '" + scheme + "' (expected: Basic or Bearer)");
        }
        String decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("credentials without ':' (expected: user:password)");
        }
        return AuthToken.basic(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private static byte[] body(Failure failure, boolean txShape) {
        return txShape ? ErrorJson.resultsAndErrorsBody(failure) : ErrorJson.errorsBody(failure);
    }
}
