package org.quiverdb.http.endpoint;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quiverdb.cypher.api.Notification;
import org.quiverdb.http.json.ErrorJson;
import org.quiverdb.http.json.Failure;
import org.quiverdb.http.transaction.OpenTransaction;
import org.quiverdb.http.transaction.TransactionRegistry;
import org.quiverdb.http.transport.Exchange;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.session.api.ResultSummary;
import org.quiverdb.session.api.Session;
import org.quiverdb.session.api.SessionConfig;
import org.quiverdb.session.api.SessionService;

/**
 * The five operations of Neo4j's transactional endpoint. Errors in statements, in the request
 * body or at commit are reported in the body with HTTP 200 (201 for begin), and roll the
 * transaction back, as Neo4j does; only an unknown transaction or database changes the status
 * (404). Thread-safe: per-request state lives on the worker's stack, open transactions in the
 * registry.
 */
public final class TxEndpoint {
    private static final String JSON = "application/json";
    private static final byte[] EMPTY_ANSWER = "{\"results\":[],\"errors\":[]}".getBytes(StandardCharsets.UTF_8);

    private final SessionService sessions;
    private final TransactionRegistry registry;

    public TxEndpoint(SessionService sessions, TransactionRegistry registry) {
        this.sessions = sessions;
        this.registry = registry;
    }

    /** {@code POST .../tx/commit}: run the statements in one transaction and commit it. */
    public void beginAndCommit(Exchange exchange, TxTarget target, String user) throws IOException {
        TxRequest request;
        Session session;
        try {
            request = parse(exchange);
            session = sessions.open(new SessionConfig(user, target.database()));
        } catch (QuiverException e) {
            answerFailure(exchange, Failure.of(e));
            return;
        }
        try (session) {
            boolean autoCommit = request.statements().size() <= 1;
            if (!autoCommit) {
                try {
                    session.begin(TransactionConfig.DEFAULT, request.bookmarks());
                } catch (QuiverException e) {
                    answerFailure(exchange, Failure.of(e));
                    return;
                }
            }
            try (OutputStream out = exchange.stream(HttpResponseStatus.OK, JSON, Map.of());
                    TxResponseWriter writer = new TxResponseWriter(out)) {
                List<String> bookmarks = autoCommit ? request.bookmarks() : List.of();
                Outcome outcome = runAll(session, request.statements(), writer, bookmarks);
                String bookmark = outcome.lastBookmark();
                Failure failure = outcome.failure();
                if (failure == null && !autoCommit) {
                    try {
                        bookmark = session.commit();
                    } catch (RuntimeException e) {
                        failure = Failure.of(e);
                    }
                } else if (failure != null && session.inTransaction()) {
                    session.rollback();
                }
                writer.endResults(failure, outcome.notifications());
                if (failure == null && bookmark != null && !target.legacy()) {
                    writer.lastBookmarks(bookmark);
                }
            }
        }
    }

    /** {@code POST .../tx}: begin a transaction, run the statements, keep it open. */
    public void begin(Exchange exchange, TxTarget target, String user) throws IOException {
        Failure parseFailure = null;
        TxRequest request = TxRequest.EMPTY;
        try {
            request = parse(exchange);
        } catch (QuiverException e) {
            parseFailure = Failure.of(e);
        }
        Session session;
        try {
            session = sessions.open(new SessionConfig(user, target.database()));
        } catch (QuiverException e) {
            answerFailure(exchange, Failure.of(e));
            return;
        }
        try {
            session.begin(TransactionConfig.DEFAULT, request.bookmarks());
        } catch (RuntimeException e) {
            session.close();
            answerFailure(exchange, Failure.of(e));
            return;
        }
        OpenTransaction tx = registry.register(session, user);
        String location = exchange.baseUri() + target.basePath() + "/" + tx.id();
        Map<String, String> headers = Map.of(HttpHeaderNames.LOCATION.toString(), location);
        try (OutputStream out = exchange.stream(HttpResponseStatus.CREATED, JSON, headers)) {
            continueIn(tx, request, parseFailure, out, location + "/commit");
        }
    }

    /** {@code POST .../tx/{id}}: run more statements in an open transaction. */
    public void run(Exchange exchange, TxTarget target, long id, String user) throws IOException {
        Failure parseFailure = null;
        TxRequest request = TxRequest.EMPTY;
        try {
            request = parse(exchange);
        } catch (QuiverException e) {
            parseFailure = Failure.of(e);
        }
        OpenTransaction tx = acquireOrAnswer(exchange, id, user);
        if (tx == null) {
            return;
        }
        String commitUri = exchange.baseUri() + target.basePath() + "/" + id + "/commit";
        try (OutputStream out = exchange.stream(HttpResponseStatus.OK, JSON, Map.of())) {
            continueIn(tx, request, parseFailure, out, commitUri);
        }
    }

    private void continueIn(
            OpenTransaction tx, TxRequest request, Failure parseFailure, OutputStream out, String commitUri)
            throws IOException {
        boolean keep = false;
        try (TxResponseWriter writer = new TxResponseWriter(out)) {
            Outcome outcome = parseFailure == null
                    ? runAll(tx.session(), request.statements(), writer, List.of())
                    : new Outcome(parseFailure, null, List.of());
            writer.endResults(outcome.failure(), outcome.notifications());
            if (outcome.failure() == null) {
                Instant expires = registry.release(tx);
                keep = true;
                writer.openTransaction(commitUri, expires);
            } else {
                registry.finish(tx);
            }
        } finally {
            if (!keep) {
                registry.finish(tx);
            }
        }
    }

    /** {@code POST .../tx/{id}/commit}: run the last statements and commit. */
    public void commit(Exchange exchange, TxTarget target, long id, String user) throws IOException {
        Failure parseFailure = null;
        TxRequest request = TxRequest.EMPTY;
        try {
            request = parse(exchange);
        } catch (QuiverException e) {
            parseFailure = Failure.of(e);
        }
        OpenTransaction tx = acquireOrAnswer(exchange, id, user);
        if (tx == null) {
            return;
        }
        try (OutputStream out = exchange.stream(HttpResponseStatus.OK, JSON, Map.of());
                TxResponseWriter writer = new TxResponseWriter(out)) {
            Outcome outcome = parseFailure == null
                    ? runAll(tx.session(), request.statements(), writer, List.of())
                    : new Outcome(parseFailure, null, List.of());
            Failure failure = outcome.failure();
            String bookmark = null;
            if (failure == null) {
                try {
                    bookmark = tx.session().commit();
                } catch (RuntimeException e) {
                    failure = Failure.of(e);
                }
            }
            registry.finish(tx);
            writer.endResults(failure, outcome.notifications());
            if (failure == null && bookmark != null && !target.legacy()) {
                writer.lastBookmarks(bookmark);
            }
        } finally {
            registry.finish(tx);
        }
    }

    /** {@code DELETE .../tx/{id}}: roll back. */
    public void rollback(Exchange exchange, long id, String user) {
        OpenTransaction tx = acquireOrAnswer(exchange, id, user);
        if (tx == null) {
            return;
        }
        Failure failure = null;
        try {
            tx.session().rollback();
        } catch (RuntimeException e) {
            failure = Failure.of(e);
        } finally {
            registry.finish(tx);
        }
        if (failure == null) {
            exchange.respond(HttpResponseStatus.OK, JSON, EMPTY_ANSWER.clone(), Map.of());
        } else {
            answerFailure(exchange, failure);
        }
    }

    private Outcome runAll(
            Session session, List<TxStatement> statements, TxResponseWriter writer, List<String> bookmarks)
            throws IOException {
        List<Notification> notifications = new ArrayList<>();
        String bookmark = null;
        for (TxStatement statement : statements) {
            try {
                ResultSummary summary = writer.writeResult(
                        statement,
                        session.run(
                                statement.statement(), statement.parameters(), TransactionConfig.DEFAULT, bookmarks));
                notifications.addAll(summary.notifications());
                bookmark = summary.bookmark();
            } catch (RuntimeException e) {
                // a statement's failure is reported in the body; the transaction is rolled back by the caller
                return new Outcome(Failure.of(e), null, notifications);
            }
        }
        return new Outcome(null, bookmark, notifications);
    }

    private OpenTransaction acquireOrAnswer(Exchange exchange, long id, String user) {
        try {
            return registry.acquire(id, user);
        } catch (QuiverException e) {
            answerFailure(exchange, Failure.of(e));
            return null;
        }
    }

    private static TxRequest parse(Exchange exchange) {
        TxRequest request = TxRequestParser.parse(exchange.body());
        List<String> fromHeader = BookmarksHeader.parse(exchange.header(BookmarksHeader.NAME));
        if (fromHeader.isEmpty()) {
            return request;
        }
        List<String> bookmarks = new ArrayList<>(fromHeader);
        bookmarks.addAll(request.bookmarks());
        return new TxRequest(request.statements(), bookmarks);
    }

    private static void answerFailure(Exchange exchange, Failure failure) {
        exchange.respond(statusOf(failure), JSON, ErrorJson.resultsAndErrorsBody(failure), Map.of());
    }

    private static HttpResponseStatus statusOf(Failure failure) {
        Status status = failure.status();
        if (status == Status.TRANSACTION_NOT_FOUND || status == Status.DATABASE_NOT_FOUND) {
            return HttpResponseStatus.NOT_FOUND;
        } else if (status == Status.TRANSACTION_ACCESSED_CONCURRENTLY) {
            return HttpResponseStatus.CONFLICT;
        }
        return HttpResponseStatus.OK;
    }

    /** What running a request's statements came to. */
    private record Outcome(Failure failure, String lastBookmark, List<Notification> notifications) {}
}
