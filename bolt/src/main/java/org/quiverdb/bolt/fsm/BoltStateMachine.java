package org.quiverdb.bolt.fsm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.quiverdb.bolt.handshake.BoltVersion;
import org.quiverdb.bolt.message.Metadata;
import org.quiverdb.bolt.message.Request;
import org.quiverdb.bolt.message.RequestDecoder;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.session.api.RoutingProcedures;
import org.quiverdb.session.api.Session;
import org.quiverdb.session.api.SessionConfig;
import org.quiverdb.session.api.SessionService;
import org.quiverdb.session.api.StatementResult;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's Bolt state machine: takes requests in order, answers each with exactly one
 * summary (SUCCESS, FAILURE or IGNORED, RECORDs before a PULL's summary), and drives the session
 * layer. Invariants: in STREAMING {@code autoCommit} is the open result; in IN_TRANSACTION the
 * session has an open transaction and {@code txResults} holds its open results by qid; after a
 * FAILURE nothing but RESET (or ACK_FAILURE in 1/2) is executed.
 *
 * <p>Confined to the connection's worker, except {@link #interrupt()}, which the I/O thread calls
 * the moment it decodes a RESET: it counts the pending RESET (everything before it is IGNORED)
 * and terminates the running statement.
 */
public final class BoltStateMachine {
    /** Whether the connection stays open after a request. */
    public enum Outcome {
        CONTINUE,
        CLOSE
    }

    private static final Logger LOG = LoggerFactory.getLogger(BoltStateMachine.class);

    private final BoltVersion version;
    private final SessionService sessions;
    private final ConnectionInfo info;
    private final AtomicInteger pendingResets = new AtomicInteger();
    private final TransactionStreams tx = new TransactionStreams();
    private volatile Session session;
    private BoltState state = BoltState.CONNECTED;
    private String user = "";
    private String routingAddress;
    private StatementResult autoCommit;
    private MapValue legacySummary;
    private NotificationFilter connectionNotifications = NotificationFilter.ALL;
    private NotificationFilter statementNotifications = NotificationFilter.ALL;

    public BoltStateMachine(BoltVersion version, SessionService sessions, ConnectionInfo info) {
        this.version = version;
        this.sessions = sessions;
        this.info = info;
    }

    public BoltState state() {
        return state;
    }

    /** Called from the I/O thread when a RESET arrives: stop what runs, ignore what is queued. */
    public void interrupt() {
        pendingResets.incrementAndGet();
        Session current = session;
        if (current != null) {
            current.terminate();
        }
    }

    public Outcome process(Request request, ResponseSink sink) {
        if (request instanceof Request.Invalid invalid) {
            sink.failure(invalid.status(), invalid.message());
            close();
            return Outcome.CLOSE;
        }
        if (request instanceof Request.Reset) {
            return reset(sink);
        }
        if (request instanceof Request.Goodbye || state == BoltState.DEFUNCT) {
            close();
            return Outcome.CLOSE;
        }
        if (pendingResets.get() > 0) {
            sink.ignored();
            return Outcome.CONTINUE;
        }
        if (state == BoltState.FAILED) {
            if (request instanceof Request.AckFailure) {
                state = BoltState.READY;
                sink.success(MapValue.EMPTY);
            } else {
                sink.ignored();
            }
            return Outcome.CONTINUE;
        }
        try {
            return dispatch(request, sink);
        } catch (QuiverException e) {
            return fail(e.status(), e.getMessage(), sink);
        } catch (ClientGoneException e) {
            close();
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("connection {}: {} failed unexpectedly", info.connectionId(), name(request), e);
            return fail(Status.GENERAL_UNKNOWN_ERROR, String.valueOf(e), sink);
        }
    }

    /** Releases the session; the connection is gone or going. */
    public void close() {
        state = BoltState.DEFUNCT;
        autoCommit = null;
        tx.clear();
        Session current = session;
        session = null;
        if (current != null) {
            current.close();
        }
    }

    private Outcome dispatch(Request request, ResponseSink sink) {
        if (legacySummary != null && (request instanceof Request.Pull || request instanceof Request.Discard)) {
            MapValue summary = legacySummary;
            legacySummary = null;
            sink.success(summary);
            return Outcome.CONTINUE;
        }
        return switch (state) {
            case CONNECTED -> request instanceof Request.Hello hello ? hello(hello, sink) : violation(request, sink);
            case AUTHENTICATION ->
                request instanceof Request.Logon logon ? logon(logon.auth(), sink) : violation(request, sink);
            case READY -> ready(request, sink);
            case STREAMING -> streaming(request, sink);
            case IN_TRANSACTION -> inTransaction(request, sink);
            case FAILED, DEFUNCT -> throw new IllegalStateException("dispatch in state " + state);
        };
    }

    private Outcome ready(Request request, ResponseSink sink) {
        if (request instanceof Request.Run run) {
            return legacyTransaction(run, sink) ? Outcome.CONTINUE : runAutoCommit(run, sink);
        } else if (request instanceof Request.Begin begin) {
            return begin(begin.extra(), sink);
        } else if (request instanceof Request.Route route) {
            sink.success(new MapValue(Map.of("rt", routingTable(route))));
        } else if (request instanceof Request.Telemetry || request instanceof Request.AckFailure) {
            sink.success(MapValue.EMPTY);
        } else if (request instanceof Request.Logoff) {
            closeSession();
            user = "";
            state = BoltState.AUTHENTICATION;
            sink.success(MapValue.EMPTY);
        } else {
            return invalidInState(request, sink);
        }
        return Outcome.CONTINUE;
    }

    private Outcome streaming(Request request, ResponseSink sink) {
        if (request instanceof Request.Pull pull) {
            return stream(autoCommit, pull.n(), -1, true, sink);
        } else if (request instanceof Request.Discard discard) {
            return stream(autoCommit, discard.n(), -1, false, sink);
        }
        return invalidInState(request, sink);
    }

    private Outcome inTransaction(Request request, ResponseSink sink) {
        if (request instanceof Request.Run run) {
            if (legacyTransaction(run, sink)) {
                return Outcome.CONTINUE;
            }
            StatementResult result = session.run(run.query(), run.parameters(), null, List.of());
            long qid = tx.add(result);
            sink.success(SummaryMetadata.run(version, result, qid, null));
        } else if (request instanceof Request.Pull pull) {
            return stream(tx.find(pull.qid()), pull.n(), tx.resolve(pull.qid()), true, sink);
        } else if (request instanceof Request.Discard discard) {
            return stream(tx.find(discard.qid()), discard.n(), tx.resolve(discard.qid()), false, sink);
        } else if (request instanceof Request.Commit) {
            sink.success(commit());
        } else if (request instanceof Request.Rollback) {
            rollback();
            sink.success(MapValue.EMPTY);
        } else {
            return invalidInState(request, sink);
        }
        return Outcome.CONTINUE;
    }

    private Outcome hello(Request.Hello hello, ResponseSink sink) {
        MapValue extra = hello.extra();
        if (!version.hasLogon()) {
            user = sessions.authenticate(RequestExtras.authToken(extra));
        }
        routingAddress = Metadata.string(Metadata.map(extra, "routing"), "address");
        connectionNotifications = NotificationFilter.ALL.overriddenBy(extra);
        Map<String, Value> meta = new LinkedHashMap<>();
        meta.put("server", StringValue.of(version.major() >= 4 ? "Neo4j/5.26.0" : "Neo4j/3.5.0"));
        meta.put("connection_id", StringValue.of(info.connectionId()));
        if (version.atLeast(BoltVersion.V4_3)) {
            meta.put("hints", MapValue.EMPTY);
        }
        if (version.acceptsUtcPatch() && RequestDecoder.wantsUtc(extra)) {
            sink.useDialect(version.dialect(true));
            meta.put("patch_bolt", ListValue.of(StringValue.of("utc")));
        }
        state = version.hasLogon() ? BoltState.AUTHENTICATION : BoltState.READY;
        sink.success(new MapValue(meta));
        return Outcome.CONTINUE;
    }

    private Outcome logon(MapValue auth, ResponseSink sink) {
        user = sessions.authenticate(RequestExtras.authToken(auth));
        state = BoltState.READY;
        sink.success(MapValue.EMPTY);
        return Outcome.CONTINUE;
    }

    private Outcome runAutoCommit(Request.Run run, ResponseSink sink) {
        String db = RequestExtras.database(run.extra());
        statementNotifications = connectionNotifications.overriddenBy(run.extra());
        Session current = sessionFor(db);
        StatementResult result = current.run(
                run.query(),
                run.parameters(),
                RequestExtras.transactionConfig(run.extra()),
                RequestExtras.bookmarks(run.extra()));
        autoCommit = result;
        state = BoltState.STREAMING;
        sink.success(SummaryMetadata.run(version, result, -1, db == null ? current.database() : null));
        return Outcome.CONTINUE;
    }

    private Outcome begin(MapValue extra, ResponseSink sink) {
        String db = RequestExtras.database(extra);
        statementNotifications = connectionNotifications.overriddenBy(extra);
        Session current = sessionFor(db);
        current.begin(RequestExtras.transactionConfig(extra), RequestExtras.bookmarks(extra));
        tx.clear();
        state = BoltState.IN_TRANSACTION;
        boolean sayDb = db == null && version.atLeast(BoltVersion.V5_8);
        sink.success(sayDb ? new MapValue(Map.of("db", StringValue.of(current.database()))) : MapValue.EMPTY);
        return Outcome.CONTINUE;
    }

    /**
     * Bolt 1/2 have no transaction messages: drivers send RUN "BEGIN" / "COMMIT" / "ROLLBACK"
     * (the BEGIN parameters carry bookmarks) and PULL_ALL each.
     */
    private boolean legacyTransaction(Request.Run run, ResponseSink sink) {
        if (version.hasTransactionMessages()) {
            return false;
        }
        String command = run.query().trim().toUpperCase(Locale.ROOT);
        MapValue summary;
        if (command.equals("BEGIN") && state == BoltState.READY) {
            sessionFor(null).begin(null, RequestExtras.bookmarks(run.parameters()));
            tx.clear();
            state = BoltState.IN_TRANSACTION;
            summary = MapValue.EMPTY;
        } else if (command.equals("COMMIT") && state == BoltState.IN_TRANSACTION) {
            summary = commit();
        } else if (command.equals("ROLLBACK") && state == BoltState.IN_TRANSACTION) {
            rollback();
            summary = MapValue.EMPTY;
        } else {
            return false;
        }
        sink.success(new MapValue(Map.of("fields", ListValue.EMPTY, "result_available_after", IntegerValue.of(0))));
        legacySummary = summary;
        return true;
    }

    private MapValue commit() {
        String bookmark = session.commit();
        tx.clear();
        state = BoltState.READY;
        return bookmark == null ? MapValue.EMPTY : new MapValue(Map.of("bookmark", StringValue.of(bookmark)));
    }

    private void rollback() {
        tx.clear();
        state = BoltState.READY;
        session.rollback();
    }

    private Outcome stream(StatementResult result, long n, long qid, boolean pull, ResponseSink sink) {
        if (n != -1 && n <= 0) {
            throw new QuiverException(Status.REQUEST_INVALID, "n: " + n + " (expected: -1 or > 0)");
        }
        if (result == null) {
            throw new QuiverException(
                    Status.REQUEST_INVALID,
                    "qid: " + qid + " (expected: the id of an open result in this transaction)");
        }
        boolean more = pull ? result.pull(n, sink::record) : result.discard(n);
        if (more) {
            sink.success(new MapValue(Map.of("has_more", BooleanValue.TRUE)));
            return Outcome.CONTINUE;
        }
        MapValue summary = SummaryMetadata.summary(version, result.summary(), statementNotifications);
        if (state == BoltState.STREAMING) {
            autoCommit = null;
            state = BoltState.READY;
        } else {
            tx.remove(result);
        }
        sink.success(summary);
        return Outcome.CONTINUE;
    }

    private MapValue routingTable(Request.Route route) {
        String db = route.database() == null ? sessions.defaultDatabase() : route.database();
        sessions.open(new SessionConfig(user, db)).close();
        String address = Metadata.string(route.routing(), "address");
        if (address == null) {
            address = routingAddress != null ? routingAddress : info.advertisedAddress();
        }
        Map<String, Value> rt = new LinkedHashMap<>();
        rt.put("ttl", IntegerValue.of(RoutingProcedures.TTL_SECONDS));
        if (version.atLeast(BoltVersion.V4_4)) {
            rt.put("db", StringValue.of(db));
        }
        rt.put("servers", RoutingProcedures.servers(address));
        return new MapValue(rt);
    }

    private Outcome reset(ResponseSink sink) {
        pendingResets.updateAndGet(n -> Math.max(0, n - 1));
        if (state == BoltState.CONNECTED || state == BoltState.DEFUNCT) {
            return violation(new Request.Reset(), sink);
        }
        autoCommit = null;
        legacySummary = null;
        tx.clear();
        Session current = session;
        if (current != null) {
            current.reset();
        }
        if (state != BoltState.AUTHENTICATION) {
            state = BoltState.READY;
        }
        sink.success(MapValue.EMPTY);
        return Outcome.CONTINUE;
    }

    private Session sessionFor(String database) {
        String name = database == null ? sessions.defaultDatabase() : database;
        Session current = session;
        if (current != null && current.database().equals(name)) {
            return current;
        }
        closeSession();
        Session opened = sessions.open(new SessionConfig(user, name));
        session = opened;
        return opened;
    }

    private void closeSession() {
        Session current = session;
        session = null;
        if (current != null) {
            current.close();
        }
    }

    private Outcome fail(Status status, String message, ResponseSink sink) {
        if (state == BoltState.CONNECTED || state == BoltState.AUTHENTICATION) {
            sink.failure(status, message);
            close();
            return Outcome.CLOSE;
        }
        autoCommit = null;
        legacySummary = null;
        tx.clear();
        Session current = session;
        if (current != null) {
            current.reset();
        }
        state = BoltState.FAILED;
        sink.failure(status, message);
        return Outcome.CONTINUE;
    }

    private Outcome invalidInState(Request request, ResponseSink sink) {
        return fail(Status.REQUEST_INVALID, name(request) + " is not valid in state " + state, sink);
    }

    private Outcome violation(Request request, ResponseSink sink) {
        sink.failure(
                Status.REQUEST_INVALID, name(request) + " is not valid in state " + state + " (connection closed)");
        close();
        return Outcome.CLOSE;
    }

    private static String name(Request request) {
        return request.getClass().getSimpleName().toUpperCase(Locale.ROOT);
    }
}
