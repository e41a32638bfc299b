package org.quiverdb.http.query;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quiverdb.http.json.ErrorJson;
import org.quiverdb.http.json.Failure;
import org.quiverdb.http.json.PlainValueWriter;
import org.quiverdb.http.json.TypedValueWriter;
import org.quiverdb.http.json.ValueWriter;
import org.quiverdb.http.transaction.OpenTransaction;
import org.quiverdb.http.transaction.TransactionRegistry;
import org.quiverdb.http.transport.Exchange;
import org.quiverdb.http.transport.MediaTypes;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.session.api.ResultSummary;
import org.quiverdb.session.api.Session;
import org.quiverdb.session.api.SessionConfig;
import org.quiverdb.session.api.SessionService;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.Value;

/**
 * Neo4j's Query API. Success is 202 Accepted (200 for a rollback); a failure before the first row
 * is 400 for client errors, 404 for an unknown database or transaction, 500 otherwise; a failure
 * after rows have been sent ends the body with {@code errors}. A failing statement in an explicit
 * transaction rolls it back. Thread-safe: per-request state lives on the worker's stack.
 */
public final class QueryEndpoint {
    private final SessionService sessions;
    private final TransactionRegistry registry;

    public QueryEndpoint(SessionService sessions, TransactionRegistry registry) {
        this.sessions = sessions;
        this.registry = registry;
    }

    /** {@code POST /db/{db}/query/v2}: one statement, auto-commit. */
    public void query(Exchange exchange, String database, String user) throws IOException {
        QueryRequest request = parseOrAnswer(exchange);
        if (request == null) {
            return;
        }
        if (request.statement() == null) {
            answer(
                    exchange,
                    new Failure(Status.REQUEST_INVALID_FORMAT, "statement: missing (expected: a Cypher text)"));
            return;
        }
        Session session = openOrAnswer(exchange, database, user);
        if (session == null) {
            return;
        }
        try (session) {
            Prefetched started;
            try {
                started = start(session, request, request.bookmarks());
            } catch (RuntimeException e) {
                answer(exchange, Failure.of(e));
                return;
            }
            try (QueryResponseWriter writer = respond(exchange, Map.of())) {
                Failure failure = writer.writeData(started);
                if (failure != null) {
                    writer.errors(failure);
                    return;
                }
                ResultSummary summary = started.result().summary();
                writer.notifications(summary.notifications());
                if (request.includeCounters()) {
                    writer.counters(summary.statistics());
                }
                writer.bookmarks(summary.bookmark());
            }
        }
    }

    /** {@code POST /db/{db}/query/v2/tx}: begin, optionally run a statement, keep it open. */
    public void begin(Exchange exchange, String database, String user) throws IOException {
        QueryRequest request = parseOrAnswer(exchange);
        if (request == null) {
            return;
        }
        Session session = openOrAnswer(exchange, database, user);
        if (session == null) {
            return;
        }
        try {
            session.begin(config(request), request.bookmarks());
        } catch (RuntimeException e) {
            session.close();
            answer(exchange, Failure.of(e));
            return;
        }
        continueIn(exchange, registry.register(session, user), request);
    }

    /** {@code POST /db/{db}/query/v2/tx/{id}}: run a statement in the open transaction. */
    public void run(Exchange exchange, long id, String user) throws IOException {
        QueryRequest request = parseOrAnswer(exchange);
        if (request == null) {
            return;
        }
        OpenTransaction tx = acquireOrAnswer(exchange, id, user);
        if (tx != null) {
            continueIn(exchange, tx, request);
        }
    }

    private void continueIn(Exchange exchange, OpenTransaction tx, QueryRequest request) throws IOException {
        boolean keep = false;
        try {
            Prefetched started;
            try {
                started = startOptional(tx.session(), request);
            } catch (RuntimeException e) {
                registry.finish(tx);
                answer(exchange, Failure.of(e));
                return;
            }
            try (QueryResponseWriter writer = respond(exchange, Map.of())) {
                Failure failure = writer.writeData(started);
                if (failure != null) {
                    registry.finish(tx);
                    writer.errors(failure);
                    return;
                }
                writeSummary(writer, started, request);
                writer.bookmarks(null);
                Instant expires = registry.release(tx);
                keep = true;
                writer.transaction(tx.id(), expires);
            }
        } finally {
            if (!keep) {
                registry.finish(tx);
            }
        }
    }

    /** {@code POST /db/{db}/query/v2/tx/{id}/commit}: optionally run a statement, then commit. */
    public void commit(Exchange exchange, long id, String user) throws IOException {
        QueryRequest request = parseOrAnswer(exchange);
        if (request == null) {
            return;
        }
        OpenTransaction tx = acquireOrAnswer(exchange, id, user);
        if (tx == null) {
            return;
        }
        try {
            Prefetched started;
            String bookmark;
            try {
                started = startOptional(tx.session(), request);
                if (started.more()) {
                    // the answer holds the whole result, so it must be read before the commit
                    started = drain(started);
                }
                bookmark = tx.session().commit();
            } catch (RuntimeException e) {
                registry.finish(tx);
                answer(exchange, Failure.of(e));
                return;
            }
            registry.finish(tx);
            try (QueryResponseWriter writer = respond(exchange, Map.of())) {
                writer.writeData(started);
                writeSummary(writer, started, request);
                writer.bookmarks(bookmark);
            }
        } finally {
            registry.finish(tx);
        }
    }

    /** {@code DELETE /db/{db}/query/v2/tx/{id}}: roll back. */
    public void rollback(Exchange exchange, long id, String user) throws IOException {
        OpenTransaction tx = acquireOrAnswer(exchange, id, user);
        if (tx == null) {
            return;
        }
        try {
            tx.session().rollback();
        } catch (RuntimeException e) {
            answer(exchange, Failure.of(e));
            return;
        } finally {
            registry.finish(tx);
        }
        try (QueryResponseWriter writer = new QueryResponseWriter(
                exchange.stream(HttpResponseStatus.OK, MediaTypes.JSON, Map.of()), PlainValueWriter.INSTANCE)) {
            writer.writeData(Prefetched.NOTHING);
            writer.bookmarks(null);
        }
    }

    private static void writeSummary(QueryResponseWriter writer, Prefetched started, QueryRequest request)
            throws IOException {
        if (started.result() != null) {
            ResultSummary summary = started.result().summary();
            writer.notifications(summary.notifications());
            if (request.includeCounters()) {
                writer.counters(summary.statistics());
            }
        }
    }

    private static Prefetched startOptional(Session session, QueryRequest request) {
        return request.statement() == null ? Prefetched.NOTHING : start(session, request, List.of());
    }

    private static Prefetched start(Session session, QueryRequest request, List<String> bookmarks) {
        MapValue parameters = request.parameters();
        var result = session.run(request.statement(), parameters, config(request), bookmarks);
        List<Value[]> rows = new ArrayList<>();
        boolean more = result.pull(QueryResponseWriter.BATCH_ROWS, rows::add);
        return new Prefetched(result, rows, more);
    }

    private static Prefetched drain(Prefetched started) {
        List<Value[]> rows = new ArrayList<>(started.firstRows());
        boolean more = true;
        while (more) {
            more = started.result().pull(QueryResponseWriter.BATCH_ROWS, rows::add);
        }
        return new Prefetched(started.result(), rows, false);
    }

    private static TransactionConfig config(QueryRequest request) {
        return new TransactionConfig(Duration.ZERO, MapValue.EMPTY, request.accessMode());
    }

    private static QueryResponseWriter respond(Exchange exchange, Map<String, String> headers) throws IOException {
        String accept = exchange.header(HttpHeaderNames.ACCEPT);
        boolean typed = MediaTypes.isTypedJson(accept);
        ValueWriter values = typed ? TypedValueWriter.INSTANCE : PlainValueWriter.INSTANCE;
        String contentType = typed ? MediaTypes.typedJsonAnswerType(accept) : MediaTypes.JSON;
        OutputStream out = exchange.stream(HttpResponseStatus.ACCEPTED, contentType, headers);
        return new QueryResponseWriter(out, values);
    }

    private static QueryRequest parseOrAnswer(Exchange exchange) {
        boolean typed = MediaTypes.isTypedJson(exchange.header(HttpHeaderNames.CONTENT_TYPE));
        try {
            return QueryRequestParser.parse(exchange.body(), typed);
        } catch (QuiverException e) {
            answer(exchange, Failure.of(e));
            return null;
        }
    }

    private Session openOrAnswer(Exchange exchange, String database, String user) {
        try {
            return sessions.open(new SessionConfig(user, database));
        } catch (RuntimeException e) {
            answer(exchange, Failure.of(e));
            return null;
        }
    }

    private OpenTransaction acquireOrAnswer(Exchange exchange, long id, String user) {
        try {
            return registry.acquire(id, user);
        } catch (QuiverException e) {
            answer(exchange, Failure.of(e));
            return null;
        }
    }

    private static void answer(Exchange exchange, Failure failure) {
        exchange.respond(statusOf(failure), MediaTypes.JSON, ErrorJson.errorsBody(failure), Map.of());
    }

    private static HttpResponseStatus statusOf(Failure failure) {
        Status status = failure.status();
        if (status == Status.TRANSACTION_NOT_FOUND || status == Status.DATABASE_NOT_FOUND) {
            return HttpResponseStatus.NOT_FOUND;
        } else if (status == Status.TRANSACTION_ACCESSED_CONCURRENTLY) {
            return HttpResponseStatus.CONFLICT;
        }
        return failure.isClientError() ? HttpResponseStatus.BAD_REQUEST : HttpResponseStatus.INTERNAL_SERVER_ERROR;
    }
}
