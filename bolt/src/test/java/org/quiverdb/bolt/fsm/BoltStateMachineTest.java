package org.quiverdb.bolt.fsm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiverdb.bolt.handshake.BoltVersion;
import org.quiverdb.bolt.message.Request;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.session.api.SessionService;
import org.quiverdb.session.api.SessionServices;
import org.quiverdb.session.fake.FakeDatabases;
import org.quiverdb.session.fake.ScriptedEngine;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

class BoltStateMachineTest {
    private final FakeDatabases databases = new FakeDatabases();
    private final SessionService sessions = SessionServices.create(databases, new ScriptedEngine(), Clock.systemUTC());
    private final RecordingSink sink = new RecordingSink();

    private BoltStateMachine machine(BoltVersion version) {
        return new BoltStateMachine(version, sessions, new ConnectionInfo("bolt-7", "db.example:7687"));
    }

    private static MapValue map(Object... kv) {
        LinkedHashMap<String, Value> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            m.put(
                    (String) kv[i],
                    v instanceof Value value
                            ? value
                            : v instanceof Long l ? IntegerValue.of(l) : StringValue.of((String) v));
        }
        return new MapValue(m);
    }

    private BoltStateMachine ready(BoltVersion version) {
        BoltStateMachine fsm = machine(version);
        fsm.process(
                new Request.Hello(
                        map("user_agent", "test/1", "scheme", "basic", "principal", "neo4j", "credentials", "x")),
                sink);
        if (version.hasLogon()) {
            fsm.process(new Request.Logon(map("scheme", "none")), sink);
        }
        assertThat(fsm.state()).isEqualTo(BoltState.READY);
        sink.take();
        return fsm;
    }

    private static MapValue success(Object response) {
        assertThat(response).isInstanceOf(RecordingSink.Success.class);
        return ((RecordingSink.Success) response).metadata();
    }

    private static Status failure(Object response) {
        assertThat(response).isInstanceOf(RecordingSink.Failure.class);
        return ((RecordingSink.Failure) response).status();
    }

    @Test
    void helloAnswersServerAgentAndConnectionIdThenWaitsForLogonIn51() {
        BoltStateMachine fsm = machine(BoltVersion.V5_8);
        fsm.process(new Request.Hello(map("user_agent", "t")), sink);
        MapValue hello = success(sink.take().get(0));
        assertThat(hello.get("server")).isEqualTo(StringValue.of("Neo4j/5.26.0"));
        assertThat(hello.get("connection_id")).isEqualTo(StringValue.of("bolt-7"));
        assertThat(hello.get("hints")).isEqualTo(MapValue.EMPTY);
        assertThat(fsm.state()).isEqualTo(BoltState.AUTHENTICATION);
        fsm.process(new Request.Logon(map("scheme", "basic", "principal", "u", "credentials", "p")), sink);
        assertThat(fsm.state()).isEqualTo(BoltState.READY);
    }

    @Test
    void runBeforeHelloClosesTheConnection() {
        BoltStateMachine fsm = machine(BoltVersion.V4_4);
        assertThat(fsm.process(new Request.Run("RETURN 1", MapValue.EMPTY, MapValue.EMPTY), sink))
                .isEqualTo(BoltStateMachine.Outcome.CLOSE);
        assertThat(failure(sink.take().get(0))).isEqualTo(Status.REQUEST_INVALID);
    }

    @Test
    void rejectedCredentialsFailHelloOrLogonAndClose() {
        SessionService secured = SessionServices.create(
                databases, new ScriptedEngine(), Clock.systemUTC(), Duration.ofSeconds(1), token -> {
                    throw new QuiverException(Status.SECURITY_UNAUTHORIZED, "unauthorized");
                });
        BoltStateMachine v44 = new BoltStateMachine(BoltVersion.V4_4, secured, new ConnectionInfo("bolt-1", "x:1"));
        assertThat(v44.process(new Request.Hello(map("scheme", "basic", "principal", "u", "credentials", "bad")), sink))
                .isEqualTo(BoltStateMachine.Outcome.CLOSE);
        assertThat(failure(sink.take().get(0))).isEqualTo(Status.SECURITY_UNAUTHORIZED);
        BoltStateMachine v51 = new BoltStateMachine(BoltVersion.V5_1, secured, new ConnectionInfo("bolt-2", "x:1"));
        v51.process(new Request.Hello(map("user_agent", "t")), sink);
        assertThat(v51.process(new Request.Logon(map("scheme", "basic", "principal", "u")), sink))
                .isEqualTo(BoltStateMachine.Outcome.CLOSE);
        List<Object> responses = sink.take();
        assertThat(failure(responses.get(1))).isEqualTo(Status.SECURITY_UNAUTHORIZED);
        assertThat(v51.state()).isEqualTo(BoltState.DEFUNCT);
    }

    @Test
    void autoCommitPullsInBatchesWithHasMoreThenSummaryWithBookmark() {
        BoltStateMachine fsm = ready(BoltVersion.V5_8);
        fsm.process(new Request.Run("ROWS 3", MapValue.EMPTY, MapValue.EMPTY), sink);
        MapValue run = success(sink.take().get(0));
        assertThat(run.get("fields")).isEqualTo(ListValue.of(StringValue.of("i")));
        assertThat(run.get("db")).isEqualTo(StringValue.of("neo4j"));
        assertThat(run.map()).containsKey("t_first").doesNotContainKey("qid");
        fsm.process(new Request.Pull(2, -1), sink);
        List<Object> first = sink.take();
        assertThat(first).hasSize(3);
        assertThat(success(first.get(2)).map()).isEqualTo(Map.of("has_more", BooleanValue.TRUE));
        fsm.process(new Request.Pull(2, -1), sink);
        List<Object> last = sink.take();
        assertThat(last).hasSize(2);
        MapValue summary = success(last.get(1));
        assertThat(summary.get("bookmark")).isEqualTo(StringValue.of("QB1:neo4j:0"));
        assertThat(summary.get("type")).isEqualTo(StringValue.of("r"));
        assertThat(summary.get("db")).isEqualTo(StringValue.of("neo4j"));
        assertThat(fsm.state()).isEqualTo(BoltState.READY);
    }

    @Test
    void failureIgnoresEverythingUntilReset() {
        BoltStateMachine fsm = ready(BoltVersion.V4_4);
        fsm.process(new Request.Run("BOGUS", MapValue.EMPTY, MapValue.EMPTY), sink);
        fsm.process(new Request.Pull(-1, -1), sink);
        List<Object> responses = sink.take();
        assertThat(failure(responses.get(0))).isEqualTo(Status.STATEMENT_SYNTAX_ERROR);
        assertThat(responses.get(1)).isInstanceOf(RecordingSink.Ignored.class);
        assertThat(fsm.state()).isEqualTo(BoltState.FAILED);
        fsm.process(new Request.Reset(), sink);
        assertThat(success(sink.take().get(0))).isEqualTo(MapValue.EMPTY);
        assertThat(fsm.state()).isEqualTo(BoltState.READY);
    }

    @Test
    void pullWithoutAResultIsAnInvalidRequest() {
        BoltStateMachine fsm = ready(BoltVersion.V5_0);
        fsm.process(new Request.Pull(10, -1), sink);
        assertThat(failure(sink.take().get(0))).isEqualTo(Status.REQUEST_INVALID);
        assertThat(fsm.state()).isEqualTo(BoltState.FAILED);
    }

    @Test
    void zeroBatchSizeIsRejected() {
        BoltStateMachine fsm = ready(BoltVersion.V5_0);
        fsm.process(new Request.Run("ROWS 3", MapValue.EMPTY, MapValue.EMPTY), sink);
        fsm.process(new Request.Pull(0, -1), sink);
        assertThat(failure(sink.take().get(1))).isEqualTo(Status.REQUEST_INVALID);
    }

    @Test
    void explicitTransactionNumbersResultsByQidAndCommitReturnsTheBookmark() {
        BoltStateMachine fsm = ready(BoltVersion.V4_4);
        fsm.process(new Request.Begin(map("mode", "w")), sink);
        fsm.process(new Request.Run("ROWS 2", MapValue.EMPTY, MapValue.EMPTY), sink);
        fsm.process(new Request.Run("CREATE", MapValue.EMPTY, MapValue.EMPTY), sink);
        List<Object> opened = sink.take();
        assertThat(success(opened.get(1)).get("qid")).isEqualTo(IntegerValue.of(0));
        assertThat(success(opened.get(2)).get("qid")).isEqualTo(IntegerValue.of(1));
        fsm.process(new Request.Pull(-1, 0), sink);
        List<Object> rows = sink.take();
        assertThat(rows).hasSize(3);
        assertThat(success(rows.get(2)).map()).doesNotContainKey("bookmark");
        fsm.process(new Request.Discard(-1, 1), sink);
        MapValue discarded = success(sink.take().get(0));
        assertThat(discarded.get("stats")).isEqualTo(map("nodes-created", 1L, "contains-updates", BooleanValue.TRUE));
        fsm.process(new Request.Commit(), sink);
        assertThat(success(sink.take().get(0)).get("bookmark")).isEqualTo(StringValue.of("QB1:neo4j:1"));
        assertThat(fsm.state()).isEqualTo(BoltState.READY);
    }

    @Test
    void bolt3PullAllAndBeginCarryBookmarks() {
        BoltStateMachine fsm = ready(BoltVersion.V3);
        fsm.process(new Request.Run("CREATE", MapValue.EMPTY, MapValue.EMPTY), sink);
        fsm.process(new Request.Pull(-1, -1), sink);
        String bookmark = ((StringValue) success(sink.take().get(1)).get("bookmark")).value();
        fsm.process(new Request.Begin(new MapValue(Map.of("bookmarks", ListValue.of(StringValue.of(bookmark))))), sink);
        fsm.process(new Request.Run("COUNT", MapValue.EMPTY, MapValue.EMPTY), sink);
        fsm.process(new Request.Pull(-1, -1), sink);
        List<Object> responses = sink.take();
        assertThat(((RecordingSink.Row) responses.get(2)).fields()).containsExactly(IntegerValue.of(1));
        assertThat(success(responses.get(1)).map()).doesNotContainKey("qid");
    }

    @Test
    void bolt1RunsTransactionsAsStatementsAndAcknowledgesFailures() {
        BoltStateMachine fsm = ready(BoltVersion.V1);
        fsm.process(new Request.Run("BEGIN", MapValue.EMPTY, MapValue.EMPTY), sink);
        fsm.process(new Request.Pull(-1, -1), sink);
        fsm.process(new Request.Run("CREATE", MapValue.EMPTY, MapValue.EMPTY), sink);
        fsm.process(new Request.Pull(-1, -1), sink);
        fsm.process(new Request.Run("COMMIT", MapValue.EMPTY, MapValue.EMPTY), sink);
        fsm.process(new Request.Pull(-1, -1), sink);
        List<Object> responses = sink.take();
        assertThat(success(responses.get(0)).map()).containsKey("result_available_after");
        assertThat(success(responses.get(3)).map()).containsKey("result_consumed_after");
        assertThat(success(responses.get(5)).get("bookmark")).isEqualTo(StringValue.of("QB1:neo4j:1"));
        fsm.process(new Request.Run("BOGUS", MapValue.EMPTY, MapValue.EMPTY), sink);
        fsm.process(new Request.AckFailure(), sink);
        assertThat(sink.take().get(1)).isInstanceOf(RecordingSink.Success.class);
        assertThat(fsm.state()).isEqualTo(BoltState.READY);
    }

    @Test
    void interruptIgnoresQueuedRequestsUntilTheReset() {
        BoltStateMachine fsm = ready(BoltVersion.V5_4);
        fsm.interrupt();
        fsm.process(new Request.Run("RETURN 1", MapValue.EMPTY, MapValue.EMPTY), sink);
        fsm.process(new Request.Pull(-1, -1), sink);
        fsm.process(new Request.Reset(), sink);
        fsm.process(new Request.Run("RETURN 1", MapValue.EMPTY, MapValue.EMPTY), sink);
        List<Object> responses = sink.take();
        assertThat(responses.get(0)).isInstanceOf(RecordingSink.Ignored.class);
        assertThat(responses.get(1)).isInstanceOf(RecordingSink.Ignored.class);
        assertThat(success(responses.get(2))).isEqualTo(MapValue.EMPTY);
        assertThat(success(responses.get(3)).map()).containsKey("fields");
    }

    @Test
    void routeAnswersATableNamingTheDialledAddress() {
        BoltStateMachine fsm = ready(BoltVersion.V5_8);
        fsm.process(new Request.Route(map("address", "example.org:9999"), List.of(), null, null), sink);
        MapValue rt = (MapValue) success(sink.take().get(0)).get("rt");
        assertThat(rt.get("ttl")).isEqualTo(IntegerValue.of(300));
        assertThat(rt.get("db")).isEqualTo(StringValue.of("neo4j"));
        ListValue servers = (ListValue) rt.get("servers");
        assertThat(servers.size()).isEqualTo(3);
        assertThat(((MapValue) servers.get(0)).get("addresses"))
                .isEqualTo(ListValue.of(StringValue.of("example.org:9999")));
        fsm.process(new Request.Route(MapValue.EMPTY, List.of(), "nope", null), sink);
        assertThat(failure(sink.take().get(0))).isEqualTo(Status.DATABASE_NOT_FOUND);
    }

    @Test
    void routeWithoutAddressNamesTheAdvertisedAddress() {
        BoltStateMachine fsm = ready(BoltVersion.V4_3);
        fsm.process(new Request.Route(MapValue.EMPTY, List.of(), null, null), sink);
        MapValue rt = (MapValue) success(sink.take().get(0)).get("rt");
        assertThat(rt.map()).doesNotContainKey("db");
        assertThat(((MapValue) ((ListValue) rt.get("servers")).get(2)).get("addresses"))
                .isEqualTo(ListValue.of(StringValue.of("db.example:7687")));
    }

    @Test
    void utcPatchIsEchoedAndSwitchesTheDialectIn44Only() {
        BoltStateMachine fsm = machine(BoltVersion.V4_4);
        fsm.process(new Request.Hello(new MapValue(Map.of("patch_bolt", ListValue.of(StringValue.of("utc"))))), sink);
        assertThat(success(sink.take().get(0)).get("patch_bolt")).isEqualTo(ListValue.of(StringValue.of("utc")));
        assertThat(sink.dialect.utcDateTime()).isTrue();
    }

    @Test
    void failureMetadataIn57CarriesGqlFields() {
        BoltStateMachine fsm = ready(BoltVersion.V5_7);
        fsm.process(new Request.Run("FAIL DATABASE_NOT_FOUND", MapValue.EMPTY, MapValue.EMPTY), sink);
        assertThat(failure(sink.take().get(0))).isEqualTo(Status.DATABASE_NOT_FOUND);
    }

    @Test
    void logoffReturnsToAuthentication() {
        BoltStateMachine fsm = ready(BoltVersion.V5_1);
        fsm.process(new Request.Logoff(), sink);
        assertThat(fsm.state()).isEqualTo(BoltState.AUTHENTICATION);
        fsm.process(new Request.Run("RETURN 1", MapValue.EMPTY, MapValue.EMPTY), sink);
        assertThat(failure(sink.take().get(1))).isEqualTo(Status.REQUEST_INVALID);
        assertThat(fsm.state()).isEqualTo(BoltState.DEFUNCT);
    }

    @Test
    void selectingAnotherDatabasePerRequestWorks() {
        BoltStateMachine fsm = ready(BoltVersion.V5_0);
        fsm.process(new Request.Run("RETURN 1", MapValue.EMPTY, map("db", "system")), sink);
        fsm.process(new Request.Pull(-1, -1), sink);
        assertThat(success(sink.take().get(2)).get("db")).isEqualTo(StringValue.of("system"));
        assertThat(databases.fake("system").transactions()).hasSize(1);
    }

    @Test
    void goodbyeCloses() {
        BoltStateMachine fsm = ready(BoltVersion.V5_0);
        assertThat(fsm.process(new Request.Goodbye(), sink)).isEqualTo(BoltStateMachine.Outcome.CLOSE);
        assertThat(sink.take()).isEmpty();
    }

    private MapValue notifySummary(BoltStateMachine fsm, MapValue extra) {
        fsm.process(new Request.Run("NOTIFY", MapValue.EMPTY, extra), sink);
        fsm.process(new Request.Pull(-1, -1), sink);
        List<Object> responses = sink.take();
        return success(responses.get(responses.size() - 1));
    }

    @Test
    void notificationsAreReportedAsStatusesFrom56AndFilteredOnRequest() {
        BoltStateMachine v54 = ready(BoltVersion.V5_4);
        assertThat(notifySummary(v54, MapValue.EMPTY).map()).containsKey("notifications");
        BoltStateMachine v58 = ready(BoltVersion.V5_8);
        MapValue summary = notifySummary(v58, MapValue.EMPTY);
        assertThat(summary.map()).containsKey("statuses").doesNotContainKey("notifications");
        MapValue status = (MapValue) ((ListValue) summary.get("statuses")).get(0);
        assertThat(status.map()).containsKeys("gql_status", "status_description", "diagnostic_record");
        assertThat(notifySummary(v58, map("notifications_minimum_severity", "OFF"))
                        .map())
                .doesNotContainKey("statuses");
        assertThat(notifySummary(v58, map("notifications_minimum_severity", "WARNING"))
                        .map())
                .doesNotContainKey("statuses");
        assertThat(notifySummary(
                        v58,
                        new MapValue(Map.of(
                                "notifications_disabled_classifications", ListValue.of(StringValue.of("statement"))))))
                .satisfies(m -> assertThat(m.map()).doesNotContainKey("statuses"));
    }
}
