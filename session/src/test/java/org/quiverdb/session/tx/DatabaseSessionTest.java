package org.quiverdb.session.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiverdb.kernel.api.AccessMode;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.session.api.AuthToken;
import org.quiverdb.session.api.Authenticator;
import org.quiverdb.session.api.ResultSummary;
import org.quiverdb.session.api.Session;
import org.quiverdb.session.api.SessionConfig;
import org.quiverdb.session.api.SessionService;
import org.quiverdb.session.api.SessionServices;
import org.quiverdb.session.api.StatementResult;
import org.quiverdb.session.fake.FakeDatabases;
import org.quiverdb.session.fake.FakeGraphDatabase;
import org.quiverdb.session.fake.FakeTransaction;
import org.quiverdb.session.fake.ScriptedEngine;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

class DatabaseSessionTest {
    private final FakeDatabases databases = new FakeDatabases();
    private final SessionService service = SessionServices.create(
            databases,
            new ScriptedEngine(),
            Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
            Duration.ofMillis(200),
            Authenticator.AUTH_DISABLED);
    private final Session session = service.open(new SessionConfig("", null));
    private final FakeGraphDatabase neo4j = databases.fake("neo4j");

    @AfterEach
    void close() {
        session.close();
    }

    private static List<Long> pullAll(StatementResult result, long batch) {
        List<Long> seen = new ArrayList<>();
        int guard = 0;
        while (result.pull(batch, row -> seen.add(((IntegerValue) row[0]).value())) && guard++ < 10_000) {
            assertThat(seen).isNotEmpty();
        }
        return seen;
    }

    @Test
    void nullDatabaseOpensTheDefault() {
        assertThat(session.database()).isEqualTo("neo4j");
        assertThat(service.open(new SessionConfig("", "system")).database()).isEqualTo("system");
    }

    @Test
    void unknownDatabaseFailsWithDatabaseNotFound() {
        assertThatThrownBy(() -> service.open(new SessionConfig("", "nope")))
                .isInstanceOfSatisfying(
                        QuiverException.class, e -> assertThat(e.status()).isEqualTo(Status.DATABASE_NOT_FOUND));
    }

    @Test
    void autoCommitStreamsInBatchesAndCommitsWhenExhausted() {
        StatementResult result = session.run("ROWS 10", MapValue.EMPTY, TransactionConfig.DEFAULT, List.of());
        assertThat(result.fields()).containsExactly("i");
        List<Long> firstBatch = new ArrayList<>();
        assertThat(result.pull(4, row -> firstBatch.add(((IntegerValue) row[0]).value())))
                .isTrue();
        assertThat(firstBatch).containsExactly(0L, 1L, 2L, 3L);
        FakeTransaction tx = neo4j.lastTransaction();
        assertThat(tx.committed()).isFalse();
        List<Long> rest = pullAll(result, 3);
        assertThat(rest).containsExactly(4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(tx.committed()).isTrue();
        assertThat(result.summary().bookmark()).isEqualTo("QB1:neo4j:0");
    }

    @Test
    void batchEndingExactlyAtTheLastRowReportsNoMore() {
        StatementResult result = session.run("ROWS 4", MapValue.EMPTY, TransactionConfig.DEFAULT, List.of());
        assertThat(result.pull(4, row -> {})).isFalse();
        assertThat(neo4j.lastTransaction().committed()).isTrue();
    }

    @Test
    void discardRunsTheStatementToTheEndAndCommitsItsWrites() {
        StatementResult result = session.run("CREATE", MapValue.EMPTY, TransactionConfig.DEFAULT, List.of());
        assertThat(result.discard(-1)).isFalse();
        ResultSummary summary = result.summary();
        assertThat(summary.statistics().nodesCreated()).isEqualTo(1);
        assertThat(summary.bookmark()).isEqualTo("QB1:neo4j:1");
        assertThat(session.lastBookmark()).isEqualTo("QB1:neo4j:1");
        assertThat(neo4j.lastCommittedTransactionId()).isEqualTo(1);
    }

    @Test
    void compileErrorRollsBackTheAutoCommitTransaction() {
        assertThatThrownBy(() -> session.run("BOGUS", MapValue.EMPTY, TransactionConfig.DEFAULT, List.of()))
                .isInstanceOfSatisfying(
                        QuiverException.class, e -> assertThat(e.status()).isEqualTo(Status.STATEMENT_SYNTAX_ERROR));
        assertThat(neo4j.lastTransaction().rolledBack()).isTrue();
    }

    @Test
    void runtimeErrorWhileStreamingRollsBackAndIsThrownFromPull() {
        StatementResult result = session.run("FAILAT 3", MapValue.EMPTY, TransactionConfig.DEFAULT, List.of());
        assertThat(result.pull(2, row -> {})).isTrue();
        assertThatThrownBy(() -> result.pull(5, row -> {}))
                .isInstanceOfSatisfying(QuiverException.class, e -> assertThat(e.status())
                        .isEqualTo(Status.STATEMENT_ARITHMETIC_ERROR));
        assertThat(neo4j.lastTransaction().rolledBack()).isTrue();
        assertThat(result.pull(5, row -> {})).isFalse();
    }

    @Test
    void explicitTransactionKeepsResultsOpenUntilCommitAndReturnsABookmark() {
        TransactionConfig config = new TransactionConfig(
                Duration.ofSeconds(5), new MapValue(Map.of("app", StringValue.of("t"))), AccessMode.READ);
        session.begin(config, List.of());
        assertThat(session.inTransaction()).isTrue();
        FakeTransaction tx = neo4j.lastTransaction();
        assertThat(tx.config()).isEqualTo(config);
        StatementResult first = session.run("ROWS 3", MapValue.EMPTY, TransactionConfig.DEFAULT, List.of());
        StatementResult second = session.run("CREATE", MapValue.EMPTY, TransactionConfig.DEFAULT, List.of());
        assertThat(pullAll(first, 2)).containsExactly(0L, 1L, 2L);
        assertThat(first.summary().bookmark()).isNull();
        assertThat(tx.committed()).isFalse();
        String bookmark = session.commit();
        assertThat(second.summary().statistics().nodesCreated()).isEqualTo(1);
        assertThat(bookmark).isEqualTo("QB1:neo4j:1");
        assertThat(tx.committed()).isTrue();
        assertThat(session.inTransaction()).isFalse();
    }

    @Test
    void failureInsideAnExplicitTransactionRollsItBack() {
        session.begin(TransactionConfig.DEFAULT, List.of());
        assertThatThrownBy(() -> session.run("FAIL STATEMENT_SEMANTIC_ERROR", MapValue.EMPTY, null, List.of()))
                .isInstanceOf(QuiverException.class);
        assertThat(session.inTransaction()).isFalse();
        assertThat(neo4j.lastTransaction().rolledBack()).isTrue();
        assertThatThrownBy(session::commit).isInstanceOfSatisfying(QuiverException.class, e -> assertThat(e.status())
                .isEqualTo(Status.TRANSACTION_NOT_FOUND));
    }

    @Test
    void rollbackDiscardsTheTransaction() {
        session.begin(TransactionConfig.DEFAULT, List.of());
        session.run("CREATE", MapValue.EMPTY, null, List.of());
        session.rollback();
        assertThat(neo4j.lastTransaction().rolledBack()).isTrue();
        assertThat(neo4j.lastCommittedTransactionId()).isZero();
    }

    @Test
    void beginTwiceIsRejected() {
        session.begin(TransactionConfig.DEFAULT, List.of());
        assertThatThrownBy(() -> session.begin(TransactionConfig.DEFAULT, List.of()))
                .isInstanceOfSatisfying(
                        QuiverException.class, e -> assertThat(e.status()).isEqualTo(Status.REQUEST_INVALID));
    }

    @Test
    void bookmarkWaitBlocksUntilTheTransactionIsVisible() throws Exception {
        CompletableFuture<Long> seen = CompletableFuture.supplyAsync(() -> {
            StatementResult result = session.run("COUNT", MapValue.EMPTY, null, List.of("QB1:neo4j:3"));
            long[] last = {-1};
            result.pull(-1, row -> last[0] = ((IntegerValue) row[0]).value());
            return last[0];
        });
        neo4j.advanceTo(3);
        assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo(3L);
    }

    @Test
    void bookmarkNeverReachedFailsWithBookmarkTimeout() {
        assertThatThrownBy(() -> session.begin(TransactionConfig.DEFAULT, List.of("QB1:neo4j:99")))
                .isInstanceOfSatisfying(QuiverException.class, e -> assertThat(e.status())
                        .isEqualTo(Status.TRANSIENT_BOOKMARK_TIMEOUT));
        assertThat(session.inTransaction()).isFalse();
    }

    @Test
    void malformedBookmarkFailsWithInvalidBookmark() {
        assertThatThrownBy(() -> session.run("RETURN 1", MapValue.EMPTY, null, List.of("junk")))
                .isInstanceOfSatisfying(QuiverException.class, e -> assertThat(e.status())
                        .isEqualTo(Status.TRANSACTION_INVALID_BOOKMARK));
    }

    @Test
    void bookmarksOfOtherDatabasesAreAwaitedThere() {
        databases.fake("system").advanceTo(2);
        StatementResult result = session.run("RETURN 1", MapValue.EMPTY, null, List.of("QB1:system:2", "QB1:gone:7"));
        assertThat(result.pull(-1, row -> {})).isFalse();
    }

    @Test
    void terminateFromAnotherThreadStopsABlockedStatement() throws Exception {
        StatementResult result = session.run("BLOCK", MapValue.EMPTY, null, List.of());
        CompletableFuture<Throwable> failure = CompletableFuture.supplyAsync(() -> {
            try {
                result.pull(-1, row -> {});
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        session.terminate();
        assertThat(failure.get(10, TimeUnit.SECONDS))
                .isInstanceOfSatisfying(
                        QuiverException.class, e -> assertThat(e.status()).isEqualTo(Status.TRANSACTION_TERMINATED));
        assertThat(neo4j.lastTransaction().rolledBack()).isTrue();
    }

    @Test
    void resetRollsBackEverythingOpen() {
        session.begin(TransactionConfig.DEFAULT, List.of());
        StatementResult result = session.run("ROWS 5", MapValue.EMPTY, null, List.of());
        session.reset();
        assertThat(session.inTransaction()).isFalse();
        assertThat(neo4j.lastTransaction().rolledBack()).isTrue();
        assertThat(result.pull(1, row -> {})).isFalse();
    }

    @Test
    void newAutoCommitStatementFinishesTheOpenOne() {
        StatementResult first = session.run("CREATE", MapValue.EMPTY, null, List.of());
        session.run("RETURN 1", MapValue.EMPTY, null, List.of());
        assertThat(first.summary().bookmark()).isEqualTo("QB1:neo4j:1");
    }

    @Test
    void echoReturnsTheParameters() {
        MapValue params = new MapValue(Map.of("a", IntegerValue.of(Long.MIN_VALUE)));
        StatementResult result = session.run("ECHO", params, null, List.of());
        List<Value> row = new ArrayList<>();
        result.pull(-1, r -> row.addAll(List.of(r)));
        assertThat(result.fields()).containsExactly("a");
        assertThat(row).containsExactly(IntegerValue.of(Long.MIN_VALUE));
    }

    @Test
    void authDisabledAcceptsEverySchemeAsNeo4jDoes() {
        assertThat(service.authenticate(AuthToken.basic("neo4j", "pw"))).isEqualTo("neo4j");
        assertThat(service.authenticate(AuthToken.NONE)).isEmpty();
        assertThat(service.authenticate(new AuthToken("bearer", "", "token", Map.of())))
                .isEmpty();
    }

    @Test
    void aRejectingAuthenticatorFailsWithUnauthorized() {
        SessionService secured = SessionServices.create(
                databases, new ScriptedEngine(), Clock.systemUTC(), Duration.ofSeconds(1), token -> {
                    throw new QuiverException(
                            Status.SECURITY_UNAUTHORIZED, "The client is unauthorized due to authentication failure.");
                });
        assertThatThrownBy(() -> secured.authenticate(AuthToken.basic("neo4j", "wrong")))
                .isInstanceOfSatisfying(
                        QuiverException.class, e -> assertThat(e.status()).isEqualTo(Status.SECURITY_UNAUTHORIZED));
    }
}
