package org.quiverdb.http.routing;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.quiverdb.http.discovery.DiscoveryEndpoint;
import org.quiverdb.http.endpoint.TxEndpoint;
import org.quiverdb.http.endpoint.TxTarget;
import org.quiverdb.http.json.ErrorJson;
import org.quiverdb.http.json.Failure;
import org.quiverdb.http.query.QueryEndpoint;
import org.quiverdb.http.transport.Exchange;
import org.quiverdb.http.transport.HttpHandler;
import org.quiverdb.http.transport.MediaTypes;
import org.quiverdb.kernel.api.Status;

/**
 * The URL space: {@code GET /} discovery; {@code /db/{db}/tx[/commit|/{id}[/commit]]} and the 3.x
 * {@code /db/data/transaction[...]} transactional endpoint; {@code /db/{db}/query/v2[/tx[/{id}[/commit]]]}
 * the Query API. {@code /browser/} and the rest of {@code /db/data/} are reserved for their own
 * issues and answer 404 for now. Immutable.
 */
public final class Routes implements HttpHandler {
    private final BasicAuth auth;
    private final DiscoveryEndpoint discovery;
    private final TxEndpoint tx;
    private final QueryEndpoint query;

    public Routes(BasicAuth auth, DiscoveryEndpoint discovery, TxEndpoint tx, QueryEndpoint query) {
        this.auth = auth;
        this.discovery = discovery;
        this.tx = tx;
        this.query = query;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        PathSegments path = PathSegments.of(exchange.path());
        if (path.size() == 0) {
            if (exchange.method().equals(HttpMethod.GET) || exchange.method().equals(HttpMethod.HEAD)) {
                discovery.handle(exchange);
            } else {
                methodNotAllowed(exchange, false);
            }
        } else if (path.size() >= 3 && path.is(0, "db") && path.is(1, "data") && path.is(2, "transaction")) {
            transactional(exchange, TxTarget.legacyPaths(), path.from(3));
        } else if (path.size() >= 3 && path.is(0, "db") && path.is(2, "tx")) {
            transactional(exchange, TxTarget.of(path.get(1)), path.from(3));
        } else if (path.size() >= 4 && path.is(0, "db") && path.is(2, "query") && path.is(3, "v2")) {
            queryApi(exchange, path.get(1), path.from(4));
        } else {
            notFound(
                    exchange,
                    "no endpoint at " + exchange.path()
                            + " (expected: /, /db/{database}/tx..., /db/{database}/query/v2...)");
        }
    }

    private void transactional(Exchange exchange, TxTarget target, List<String> rest) throws IOException {
        HttpMethod method = exchange.method();
        String user = auth.authenticate(exchange, true);
        if (user == null || (method.equals(HttpMethod.POST) && !contentTypeAccepted(exchange, true))) {
            return;
        }
        if (rest.isEmpty() && method.equals(HttpMethod.POST)) {
            tx.begin(exchange, target, user);
        } else if (rest.size() == 1 && rest.get(0).equals("commit") && method.equals(HttpMethod.POST)) {
            tx.beginAndCommit(exchange, target, user);
        } else if (rest.size() == 1 && method.equals(HttpMethod.POST)) {
            tx.run(exchange, target, transactionId(rest.get(0)), user);
        } else if (rest.size() == 1 && method.equals(HttpMethod.DELETE)) {
            tx.rollback(exchange, transactionId(rest.get(0)), user);
        } else if (rest.size() == 2 && rest.get(1).equals("commit") && method.equals(HttpMethod.POST)) {
            tx.commit(exchange, target, transactionId(rest.get(0)), user);
        } else if (rest.size() <= 2) {
            methodNotAllowed(exchange, true);
        } else {
            notFound(exchange, "no endpoint at " + exchange.path());
        }
    }

    private void queryApi(Exchange exchange, String database, List<String> rest) throws IOException {
        HttpMethod method = exchange.method();
        String user = auth.authenticate(exchange, false);
        if (user == null || (method.equals(HttpMethod.POST) && !contentTypeAccepted(exchange, false))) {
            return;
        }
        boolean underTx = !rest.isEmpty() && rest.get(0).equals("tx");
        if (rest.isEmpty() && method.equals(HttpMethod.POST)) {
            query.query(exchange, database, user);
        } else if (underTx && rest.size() == 1 && method.equals(HttpMethod.POST)) {
            query.begin(exchange, database, user);
        } else if (underTx && rest.size() == 2 && method.equals(HttpMethod.POST)) {
            query.run(exchange, transactionId(rest.get(1)), user);
        } else if (underTx && rest.size() == 2 && method.equals(HttpMethod.DELETE)) {
            query.rollback(exchange, transactionId(rest.get(1)), user);
        } else if (underTx && rest.size() == 3 && rest.get(2).equals("commit") && method.equals(HttpMethod.POST)) {
            query.commit(exchange, transactionId(rest.get(1)), user);
        } else if (rest.isEmpty() || (underTx && rest.size() <= 3)) {
            methodNotAllowed(exchange, false);
        } else {
            notFound(exchange, "no endpoint at " + exchange.path());
        }
    }

    /** A transaction id; text that is no id names no transaction (-1 is never issued). */
    private static long transactionId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean contentTypeAccepted(Exchange exchange, boolean txShape) {
        String contentType = exchange.header(HttpHeaderNames.CONTENT_TYPE);
        if (MediaTypes.acceptsAsJson(contentType)) {
            return true;
        }
        Failure failure = new Failure(
                Status.REQUEST_INVALID_FORMAT,
                "content type: '" + contentType + "' (expected: " + MediaTypes.JSON + ")");
        byte[] body = txShape ? ErrorJson.resultsAndErrorsBody(failure) : ErrorJson.errorsBody(failure);
        exchange.respond(HttpResponseStatus.UNSUPPORTED_MEDIA_TYPE, MediaTypes.JSON, body, Map.of());
        return false;
    }

    private static void methodNotAllowed(Exchange exchange, boolean txShape) {
        Failure failure = new Failure(
                Status.REQUEST_INVALID, "method " + exchange.method() + " not allowed on " + exchange.path());
        byte[] body = txShape ? ErrorJson.resultsAndErrorsBody(failure) : ErrorJson.errorsBody(failure);
        exchange.respond(HttpResponseStatus.METHOD_NOT_ALLOWED, MediaTypes.JSON, body, Map.of());
    }

    private static void notFound(Exchange exchange, String message) {
        byte[] body = ErrorJson.errorsBody(new Failure(Status.REQUEST_INVALID, message));
        exchange.respond(HttpResponseStatus.NOT_FOUND, MediaTypes.JSON, body, Map.of());
    }
}
