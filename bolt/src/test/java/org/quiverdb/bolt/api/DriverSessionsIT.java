package org.quiverdb.bolt.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.FatalDiscoveryException;
import org.neo4j.driver.reactive.ReactiveResult;
import org.neo4j.driver.reactive.ReactiveSession;
import org.neo4j.driver.summary.ResultSummary;
import org.quiverdb.session.api.SessionServices;
import org.quiverdb.session.fake.FakeDatabases;
import org.quiverdb.session.fake.ScriptedEngine;

/** Sessions, transactions, bookmarks, routing and errors through the 5.x driver. */
class DriverSessionsIT {
    private static BoltServer server;
    private static Driver driver;
    private static int port;

    @BeforeAll
    static void start() {
        server = new BoltServer(
                SessionServices.create(new FakeDatabases(), new ScriptedEngine(), Clock.systemUTC()),
                BoltServerConfig.listeningOn(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
        port = server.start().getPort();
        driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.basic("neo4j", "pw"), config());
    }

    private static Config config() {
        return Config.builder()
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(10, TimeUnit.SECONDS)
                .withMaxConnectionPoolSize(250)
                .build();
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.close();
        }
        server.stop();
    }

    @Test
    void executeWriteRetriesATransientError() {
        try (Session session = driver.session()) {
            long one =
                    session.executeWrite(tx -> tx.run("FLAKY 2").single().get(0).asLong());
            assertThat(one).isEqualTo(1);
            long rows = session.executeRead(tx -> (long) tx.run("ROWS 5").list().size());
            assertThat(rows).isEqualTo(5);
        }
    }

    @Test
    void bookmarksGiveReadYourWritesAcrossSessions() {
        List<Bookmark> bookmarks;
        try (Session writer = driver.session()) {
            writer.executeWrite(tx -> tx.run("CREATE").consume());
            bookmarks = new ArrayList<>(writer.lastBookmarks());
        }
        assertThat(bookmarks).isNotEmpty();
        try (Session reader =
                driver.session(SessionConfig.builder().withBookmarks(bookmarks).build())) {
            long last = reader.run("COUNT").single().get(0).asLong();
            assertThat(last).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void unknownBookmarkFormatFailsWithInvalidBookmark() {
        try (Session session = driver.session(SessionConfig.builder()
                .withBookmarks(Bookmark.from("FB:not-ours"))
                .build())) {
            assertThatThrownBy(() -> session.run("RETURN 1").consume())
                    .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.code())
                            .isEqualTo("Neo.ClientError.Transaction.InvalidBookmark"));
        }
    }

    @Test
    void unknownDatabaseFailsWithDatabaseNotFound() {
        try (Session session = driver.session(SessionConfig.forDatabase("nope"))) {
            assertThatThrownBy(() -> session.run("RETURN 1").consume())
                    .isInstanceOfSatisfying(FatalDiscoveryException.class, e -> assertThat(e.code())
                            .isEqualTo("Neo.ClientError.Database.DatabaseNotFound"));
        }
    }

    @Test
    void runtimeErrorMidStreamFailsTheResultAndTheSessionRecovers() {
        try (Session session =
                driver.session(SessionConfig.builder().withFetchSize(10).build())) {
            assertThatThrownBy(() -> session.run("FAILAT 25").list())
                    .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.code())
                            .isEqualTo("Neo.ClientError.Statement.ArithmeticError"));
            assertThat(session.run("RETURN 3").single().get(0).asLong()).isEqualTo(3);
        }
    }

    @Test
    void rolledBackTransactionLeavesNoBookmarkBehind() {
        try (Session session = driver.session()) {
            var tx = session.beginTransaction();
            tx.run("CREATE").consume();
            tx.rollback();
            assertThat(session.run("RETURN 4").single().get(0).asLong()).isEqualTo(4);
        }
    }

    @Test
    void neo4jSchemeRoutesToThisInstance() {
        try (Driver routing = GraphDatabase.driver("neo4j://127.0.0.1:" + port, AuthTokens.none(), config())) {
            routing.verifyConnectivity();
            try (Session session = routing.session()) {
                long five = session.executeWrite(
                        tx -> tx.run("RETURN 5").single().get(0).asLong());
                long six = session.executeRead(
                        tx -> tx.run("RETURN 6").single().get(0).asLong());
                assertThat(List.of(five, six)).containsExactly(5L, 6L);
            }
        }
    }

    @Test
    void asyncSessionStreamsRows() throws Exception {
        AsyncSession session = driver.session(AsyncSession.class);
        try {
            List<Record> records = session.runAsync("ROWS 250")
                    .thenCompose(cursor -> cursor.listAsync())
                    .toCompletableFuture()
                    .get(20, TimeUnit.SECONDS);
            assertThat(records).hasSize(250);
        } finally {
            session.closeAsync().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void reactiveSessionStreamsRowsAndSummary() throws Exception {
        ReactiveSession session = driver.session(ReactiveSession.class);
        ReactiveResult result = first(session.run("ROWS 42")).get(20, TimeUnit.SECONDS);
        List<Record> records = all(result.records()).get(20, TimeUnit.SECONDS);
        ResultSummary summary = first(result.consume()).get(20, TimeUnit.SECONDS);
        assertThat(records).hasSize(42);
        assertThat(summary.database().name()).isEqualTo("neo4j");
        first(session.close()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void twoHundredConcurrentSessionsEachGetTheirOwnRows() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = 50 + i;
                futures.add(pool.submit(() -> {
                    try (Session session = driver.session(
                            SessionConfig.builder().withFetchSize(17).build())) {
                        return session.run("ROWS " + n).list().size();
                    }
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(50 + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void notificationsReachTheSummary() {
        try (Session session = driver.session()) {
            ResultSummary summary = session.run("NOTIFY").consume();
            assertThat(summary.gqlStatusObjects()).isNotEmpty();
        }
    }

    private static <T> CompletableFuture<T> first(Flow.Publisher<T> publisher) {
        return all(publisher).thenApply(list -> list.isEmpty() ? null : list.get(0));
    }

    private static <T> CompletableFuture<List<T>> all(Flow.Publisher<T> publisher) {
        CompletableFuture<List<T>> done = new CompletableFuture<>();
        List<T> items = new ArrayList<>();
        publisher.subscribe(new Flow.Subscriber<T>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(T item) {
                items.add(item);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                done.complete(items);
            }
        });
        return done;
    }
}
