package org.quiverdb.bolt.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.quiverdb.cypher.api.CypherEngines;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.EmbeddedDatabases;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.session.api.RoutingProcedures;
import org.quiverdb.session.api.SessionServices;

/** The 5.x driver against Bolt, the session layer, the real Cypher engine and the real kernel. */
class RealEngineIT {
    private static Databases databases;
    private static BoltServer server;
    private static Driver driver;
    private static int port;

    @BeforeAll
    static void start() {
        databases = EmbeddedDatabases.inMemory(KernelSettings.defaults());
        server = new BoltServer(
                SessionServices.create(
                        databases,
                        CypherEngines.create(
                                Clock.systemUTC(),
                                new Random(42),
                                RoutingProcedures.create(() -> server.advertisedAddress())),
                        Clock.systemUTC()),
                BoltServerConfig.listeningOn(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
        port = server.start().getPort();
        driver = GraphDatabase.driver(
                "bolt://127.0.0.1:" + port,
                AuthTokens.basic("neo4j", "pw"),
                Config.builder().withConnectionTimeout(10, TimeUnit.SECONDS).build());
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.close();
        }
        server.stop();
        databases.close();
    }

    @Test
    void writesAreCountedAndReadBackWithElementIds() {
        try (Session session = driver.session()) {
            ResultSummary created = session.run(
                            "CREATE (a:Person {name: $a})-[:KNOWS {since: 1999}]->(b:Person {name: $b})",
                            Map.of("a", "Ann", "b", "Bob"))
                    .consume();
            assertThat(created.counters().nodesCreated()).isEqualTo(2);
            assertThat(created.counters().relationshipsCreated()).isEqualTo(1);
            assertThat(created.counters().propertiesSet()).isEqualTo(3);
            Record r = session.run("MATCH p = (a:Person {name: 'Ann'})-[k:KNOWS]->(b) RETURN a, k, b, p")
                    .single();
            Node a = r.get("a").asNode();
            Relationship k = r.get("k").asRelationship();
            Path p = r.get("p").asPath();
            assertThat(a.labels()).containsExactly("Person");
            assertThat(a.elementId()).isNotEmpty();
            assertThat(k.startNodeElementId()).isEqualTo(a.elementId());
            assertThat(k.get("since").asLong()).isEqualTo(1999);
            assertThat(p.end().get("name").asString()).isEqualTo("Bob");
        }
    }

    @Test
    void explicitTransactionsAndBookmarksGiveReadYourWrites() {
        List<Bookmark> bookmarks;
        try (Session writer = driver.session()) {
            writer.executeWrite(tx -> tx.run("CREATE (:Marker {id: 7})").consume());
            bookmarks = new ArrayList<>(writer.lastBookmarks());
        }
        try (Session reader =
                driver.session(SessionConfig.builder().withBookmarks(bookmarks).build())) {
            long count = reader.executeRead(tx -> tx.run("MATCH (m:Marker {id: 7}) RETURN count(m) AS c")
                    .single()
                    .get("c")
                    .asLong());
            assertThat(count).isEqualTo(1);
        }
    }

    @Test
    void rolledBackWritesAreInvisible() {
        try (Session session = driver.session()) {
            var tx = session.beginTransaction();
            tx.run("CREATE (:Ghost)").consume();
            tx.rollback();
            assertThat(session.run("MATCH (g:Ghost) RETURN count(g) AS c")
                            .single()
                            .get("c")
                            .asLong())
                    .isZero();
        }
    }

    @Test
    void parametersRoundTripThroughCypher() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("min", Long.MIN_VALUE);
        params.put("nan", Double.NaN);
        params.put("bytes", new byte[] {9, 8});
        params.put("list", List.of(1L, List.of("x"), Map.of("k", true)));
        params.put("date", LocalDate.of(2020, 2, 29));
        params.put("zoned", ZonedDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneId.of("Europe/Stockholm")));
        params.put("duration", Values.isoDuration(1, 2, 3, 4).asIsoDuration());
        params.put("point", Values.point(9157, 1, 2, 3).asPoint());
        try (Session session = driver.session()) {
            for (Map.Entry<String, Object> e : params.entrySet()) {
                Record r =
                        session.run("RETURN $v AS v", Map.of("v", e.getValue())).single();
                Object back = r.get("v").asObject();
                if (e.getValue() instanceof byte[] bytes) {
                    assertThat((byte[]) back).as(e.getKey()).containsExactly(bytes);
                } else if (e.getKey().equals("nan")) {
                    assertThat((Double) back).isNaN();
                } else {
                    assertThat(back).as(e.getKey()).isEqualTo(e.getValue());
                }
            }
        }
    }

    @Test
    void hundredThousandRowsStreamWithFetchSize100() {
        try (Session session =
                driver.session(SessionConfig.builder().withFetchSize(100).build())) {
            Result result = session.run("UNWIND range(1, 100000) AS i RETURN i");
            long count = 0;
            long sum = 0;
            while (result.hasNext()) {
                sum += result.next().get(0).asLong();
                count++;
            }
            assertThat(count).isEqualTo(100_000);
            assertThat(sum).isEqualTo(100_000L * 100_001 / 2);
        }
    }

    @Test
    void syntaxErrorCarriesItsCodeAndTheSessionGoesOn() {
        try (Session session = driver.session()) {
            assertThatThrownBy(() -> session.run("RETRUN 1").consume())
                    .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.code())
                            .isEqualTo("Neo.ClientError.Statement.SyntaxError"));
            assertThat(session.run("RETURN 1 AS one").single().get("one").asLong())
                    .isEqualTo(1);
        }
    }

    @Test
    void routingProceduresOfOlderDriversNameThisInstance() {
        try (Session session = driver.session(SessionConfig.forDatabase("system"))) {
            Record dialled = session.run(
                            "CALL dbms.routing.getRoutingTable($context, $database)",
                            Map.of("context", Map.of("address", "example.org:7687"), "database", "neo4j"))
                    .single();
            assertThat(dialled.get("ttl").asLong()).isEqualTo(300);
            List<Object> servers = dialled.get("servers").asList(v -> v.asMap());
            assertThat(servers).hasSize(3);
            assertThat(servers.toString()).contains("WRITE", "READ", "ROUTE", "example.org:7687");
            Record advertised =
                    session.run("CALL dbms.cluster.routing.getRoutingTable({})").single();
            assertThat(advertised.get("servers").toString()).contains(":" + port);
        }
    }
}
