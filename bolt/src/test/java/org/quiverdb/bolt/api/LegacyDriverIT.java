package org.quiverdb.bolt.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quiverdb.cypher.api.CypherEngines;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.EmbeddedDatabases;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.session.api.SessionServices;
import org.quiverdb.session.fake.FakeDatabases;
import org.quiverdb.session.fake.ScriptedEngine;

/**
 * The matrix of older official drivers, each negotiating a different Bolt version: 4.4 (Bolt
 * 4.4, UTC patch), 1.7 (Bolt 3, legacy date-times), 1.6 (Bolt 2) and 1.5 (Bolt 1, no temporal
 * types): connect, read, write in an explicit transaction, values, graph values and error codes.
 */
class LegacyDriverIT {
    private static BoltServer server;
    private static String uri;

    @BeforeAll
    static void start() {
        server = new BoltServer(
                SessionServices.create(new FakeDatabases(), new ScriptedEngine(), Clock.systemUTC()),
                BoltServerConfig.listeningOn(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
        uri = "bolt://127.0.0.1:" + server.start().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.4.18", "1.7.6", "1.6.3", "1.5.2"})
    void writesAndReadsThroughTheRealEngine(String version) throws Exception {
        Databases databases = EmbeddedDatabases.inMemory(KernelSettings.defaults());
        BoltServer real = new BoltServer(
                SessionServices.create(
                        databases, CypherEngines.create(Clock.systemUTC(), new Random(7)), Clock.systemUTC()),
                BoltServerConfig.listeningOn(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
        int port = real.start().getPort();
        try (LegacyDriver driver = new LegacyDriver(version, "bolt://127.0.0.1:" + port)) {
            Object session = driver.session();
            Object tx = LegacyDriver.call(session, "beginTransaction");
            LegacyDriver.call(
                    LegacyDriver.call(tx, "run", "CREATE (:Item {name: $name, n: $n})", Map.of("name", "a", "n", 41L)),
                    "consume");
            if (driver.isV1Api()) {
                LegacyDriver.call(tx, "success");
                LegacyDriver.call(tx, "close");
            } else {
                LegacyDriver.call(tx, "commit");
            }
            Object record =
                    single(session, "MATCH (i:Item) RETURN i.name AS name, i.n + 1 AS next, i AS node", Map.of());
            assertThat(field(record, "name")).isEqualTo("a");
            assertThat(field(record, "next")).isEqualTo(42L);
            Object node = LegacyDriver.call(LegacyDriver.call(record, "get", "node"), "asNode");
            assertThat(LegacyDriver.call(node, "labels").toString()).contains("Item");
            assertThatThrownBy(() -> LegacyDriver.call(
                            LegacyDriver.call(session, "run", "MATCH (n RETURN n", Map.of()), "consume"))
                    .satisfies(e -> assertThat(LegacyDriver.call(e, "code"))
                            .isEqualTo("Neo.ClientError.Statement.SyntaxError"));
            LegacyDriver.call(session, "close");
        } finally {
            real.stop();
            databases.close();
        }
    }

    private static Object single(Object session, String query, Map<String, Object> params) throws Exception {
        Object result = LegacyDriver.call(session, "run", query, params);
        return LegacyDriver.call(result, "single");
    }

    private static Object field(Object record, String key) throws Exception {
        return LegacyDriver.call(LegacyDriver.call(record, "get", key), "asObject");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.4.18", "1.7.6", "1.6.3", "1.5.2"})
    void readsWritesAndReportsErrors(String version) throws Exception {
        try (LegacyDriver driver = new LegacyDriver(version, uri)) {
            Object session = driver.session();
            Object one = single(session, "RETURN 1", Map.of());
            assertThat(field(one, "1")).isEqualTo(1L);

            Map<String, Object> params = new LinkedHashMap<>();
            params.put("min", Long.MIN_VALUE);
            params.put("list", List.of(1L, "two", List.of(3.5)));
            params.put("map", Map.of("k", "v"));
            params.put("bytes", new byte[] {1, 2, 3});
            Object echoed = single(session, "ECHO", params);
            assertThat(field(echoed, "min")).isEqualTo(Long.MIN_VALUE);
            assertThat(field(echoed, "list")).isEqualTo(List.of(1L, "two", List.of(3.5)));
            assertThat(field(echoed, "map")).isEqualTo(Map.of("k", "v"));
            assertThat((byte[]) field(echoed, "bytes")).containsExactly(1, 2, 3);

            Object rows = LegacyDriver.call(LegacyDriver.call(session, "run", "ROWS 3000", Map.of()), "list");
            assertThat((List<?>) rows).hasSize(3000);

            Object graph = single(session, "GRAPH", Map.of());
            Object node = LegacyDriver.call(LegacyDriver.call(graph, "get", "n"), "asNode");
            assertThat(LegacyDriver.call(node, "id")).isEqualTo(1L);
            Object path = LegacyDriver.call(LegacyDriver.call(graph, "get", "p"), "asPath");
            assertThat(LegacyDriver.call(path, "length")).isEqualTo(1);

            Object tx = LegacyDriver.call(session, "beginTransaction");
            LegacyDriver.call(LegacyDriver.call(tx, "run", "CREATE", Map.of()), "consume");
            if (driver.isV1Api()) {
                LegacyDriver.call(tx, "success");
                LegacyDriver.call(tx, "close");
            } else {
                LegacyDriver.call(tx, "commit");
            }
            assertThat(String.valueOf(LegacyDriver.call(session, "lastBookmark")))
                    .contains("QB1:neo4j:");

            assertThatThrownBy(() -> LegacyDriver.call(LegacyDriver.call(session, "run", "BOGUS", Map.of()), "consume"))
                    .satisfies(e -> {
                        assertThat(e.getClass().getSimpleName()).isEqualTo("ClientException");
                        assertThat(LegacyDriver.call(e, "code")).isEqualTo("Neo.ClientError.Statement.SyntaxError");
                    });
            assertThat(field(single(session, "RETURN 2", Map.of()), "2")).isEqualTo(2L);
            LegacyDriver.call(session, "close");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.4.18", "1.7.6", "1.6.3"})
    void temporalValuesRoundTripInEachDateTimeEncoding(String version) throws Exception {
        try (LegacyDriver driver = new LegacyDriver(version, uri)) {
            Object session = driver.session();
            ZonedDateTime zoned = ZonedDateTime.of(2021, 10, 31, 2, 30, 0, 5, ZoneId.of("Europe/Berlin"));
            ZonedDateTime offset = ZonedDateTime.of(1999, 12, 31, 23, 59, 59, 0, ZoneOffset.ofHours(-8));
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("date", LocalDate.of(2000, 2, 29));
            params.put("zoned", zoned);
            params.put("offset", offset);
            Object echoed = single(session, "ECHO", params);
            assertThat(field(echoed, "date")).isEqualTo(LocalDate.of(2000, 2, 29));
            assertThat(field(echoed, "zoned")).isEqualTo(zoned);
            assertThat(field(echoed, "offset")).isEqualTo(offset);
            LegacyDriver.call(session, "close");
        }
    }
}
