package org.quiverdb.bolt.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.ResultSummary;
import org.quiverdb.session.api.SessionServices;
import org.quiverdb.session.fake.FakeDatabases;
import org.quiverdb.session.fake.ScriptedEngine;

/** The official 5.x Java driver against a real Bolt server over loopback, with fake databases. */
class BoltDriverIT {
    private static BoltServer server;
    private static Driver driver;
    private static String uri;

    @BeforeAll
    static void start() {
        server = new BoltServer(
                SessionServices.create(new FakeDatabases(), new ScriptedEngine(), Clock.systemUTC()),
                BoltServerConfig.listeningOn(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
        InetSocketAddress bound = server.start();
        uri = "bolt://127.0.0.1:" + bound.getPort();
        driver = GraphDatabase.driver(
                uri,
                AuthTokens.basic("neo4j", "password"),
                Config.builder()
                        .withConnectionTimeout(10, TimeUnit.SECONDS)
                        .withoutEncryption()
                        .build());
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.close();
        }
        server.stop();
    }

    @Test
    void verifyConnectivitySucceeds() {
        driver.verifyConnectivity();
    }

    @Test
    void autoCommitQueryReturnsRowsAndSummary() {
        try (Session session = driver.session()) {
            Result result = session.run("RETURN 1");
            Record record = result.single();
            assertThat(record.get(0).asLong()).isEqualTo(1L);
            ResultSummary summary = result.consume();
            assertThat(summary.database().name()).isEqualTo("neo4j");
        }
    }

    @Test
    void explicitTransactionCommitsAndReturnsABookmark() {
        try (Session session = driver.session()) {
            try (Transaction tx = session.beginTransaction()) {
                assertThat(tx.run("ROWS 3").list()).hasSize(3);
                tx.run("CREATE").consume();
                tx.commit();
            }
            assertThat(session.lastBookmarks()).isNotEmpty();
        }
    }

    @Test
    void syntaxErrorSurfacesWithItsCode() {
        try (Session session = driver.session()) {
            assertThatThrownBy(() -> session.run("BOGUS").consume())
                    .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.code())
                            .isEqualTo("Neo.ClientError.Statement.SyntaxError"));
            assertThat(session.run("RETURN 2").single().get(0).asLong()).isEqualTo(2L);
        }
    }

    @Test
    void largeResultStreamsInBatches() {
        try (Session session =
                driver.session(SessionConfig.builder().withFetchSize(100).build())) {
            Result result = session.run("ROWS 100000");
            long count = 0;
            long sum = 0;
            while (result.hasNext()) {
                sum += result.next().get(0).asLong();
                count++;
            }
            assertThat(count).isEqualTo(100_000);
            assertThat(sum).isEqualTo(100_000L * 99_999 / 2);
        }
    }

    @Test
    void parametersRoundTrip() {
        try (Session session = driver.session()) {
            Record record = session.run("ECHO", Map.of("a", List.of(1L, "x"), "b", Long.MIN_VALUE))
                    .single();
            assertThat(record.get("a").asList()).containsExactly(1L, "x");
            assertThat(record.get("b").asLong()).isEqualTo(Long.MIN_VALUE);
        }
    }
}
