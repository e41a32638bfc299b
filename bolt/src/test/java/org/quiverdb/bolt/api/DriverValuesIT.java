package org.quiverdb.bolt.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
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
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;
import org.quiverdb.session.api.SessionServices;
import org.quiverdb.session.fake.FakeDatabases;
import org.quiverdb.session.fake.ScriptedEngine;

/** Every parameter and result type through the 5.x driver (Bolt 5.8, UTC date-times, element ids). */
class DriverValuesIT {
    private static BoltServer server;
    private static Driver driver;

    @BeforeAll
    static void start() {
        server = new BoltServer(
                SessionServices.create(new FakeDatabases(), new ScriptedEngine(), Clock.systemUTC()),
                BoltServerConfig.listeningOn(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
        int port = server.start().getPort();
        driver = GraphDatabase.driver(
                "bolt://127.0.0.1:" + port,
                AuthTokens.none(),
                Config.builder().withConnectionTimeout(10, TimeUnit.SECONDS).build());
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.close();
        }
        server.stop();
    }

    private static Record echo(Map<String, Object> params) {
        try (Session session = driver.session()) {
            return session.run("ECHO", params).single();
        }
    }

    @Test
    void scalarsRoundTrip() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("min", Long.MIN_VALUE);
        params.put("max", Long.MAX_VALUE);
        params.put("nan", Double.NaN);
        params.put("inf", Double.POSITIVE_INFINITY);
        params.put("ninf", Double.NEGATIVE_INFINITY);
        params.put("bytes", new byte[] {0, 1, (byte) 0xFF});
        params.put("text", "héllo wörld 漢字 😀");
        params.put("yes", true);
        params.put("none", null);
        Record r = echo(params);
        assertThat(r.get("min").asLong()).isEqualTo(Long.MIN_VALUE);
        assertThat(r.get("max").asLong()).isEqualTo(Long.MAX_VALUE);
        assertThat(r.get("nan").asDouble()).isNaN();
        assertThat(r.get("inf").asDouble()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(r.get("ninf").asDouble()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(r.get("bytes").asByteArray()).containsExactly(0, 1, 0xFF);
        assertThat(r.get("text").asString()).isEqualTo("héllo wörld 漢字 😀");
        assertThat(r.get("yes").asBoolean()).isTrue();
        assertThat(r.get("none").isNull()).isTrue();
    }

    @Test
    void nestedListsAndMapsRoundTrip() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("k", List.of(1L, List.of("a", Map.of("deep", 2.5))));
        Record r = echo(Map.of("nested", List.of(inner, List.of(), Map.of())));
        assertThat(r.get("nested").asList(Value::asObject)).isEqualTo(List.of(inner, List.of(), Map.of()));
    }

    @Test
    void temporalValuesRoundTrip() {
        ZonedDateTime withZone = ZonedDateTime.of(2024, 3, 31, 2, 30, 0, 123_456_789, ZoneId.of("Europe/Stockholm"));
        ZonedDateTime withOffset = ZonedDateTime.of(1901, 12, 13, 20, 45, 52, 1, ZoneOffset.ofHoursMinutes(-5, -30));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("date", LocalDate.of(-204, 2, 29));
        params.put("time", OffsetTime.of(23, 59, 59, 999_999_999, ZoneOffset.ofHours(14)));
        params.put("localTime", LocalTime.of(0, 0, 0, 1));
        params.put("localDateTime", LocalDateTime.of(2262, 4, 11, 23, 47, 16, 854_775_807));
        params.put("zoned", withZone);
        params.put("offset", withOffset);
        params.put("duration", Values.isoDuration(14, -3, 86_401, 5));
        Record r = echo(params);
        assertThat(r.get("date").asLocalDate()).isEqualTo(LocalDate.of(-204, 2, 29));
        assertThat(r.get("time").asOffsetTime())
                .isEqualTo(OffsetTime.of(23, 59, 59, 999_999_999, ZoneOffset.ofHours(14)));
        assertThat(r.get("localTime").asLocalTime()).isEqualTo(LocalTime.of(0, 0, 0, 1));
        assertThat(r.get("localDateTime").asLocalDateTime())
                .isEqualTo(LocalDateTime.of(2262, 4, 11, 23, 47, 16, 854_775_807));
        assertThat(r.get("zoned").asZonedDateTime()).isEqualTo(withZone);
        assertThat(r.get("offset").asZonedDateTime()).isEqualTo(withOffset);
        IsoDuration d = r.get("duration").asIsoDuration();
        assertThat(List.of(d.months(), d.days(), d.seconds(), (long) d.nanoseconds()))
                .containsExactly(14L, -3L, 86_401L, 5L);
    }

    @Test
    void pointsRoundTrip() {
        Record r = echo(Map.of(
                "p2",
                Values.point(7203, 1.5, -2.5).asPoint(),
                "p3",
                Values.point(4979, 12.0, 56.0, 1000.0).asPoint()));
        Point p2 = r.get("p2").asPoint();
        Point p3 = r.get("p3").asPoint();
        assertThat(List.of(p2.srid(), p2.x(), p2.y())).containsExactly(7203, 1.5, -2.5);
        assertThat(List.of(p3.srid(), p3.x(), p3.y(), p3.z())).containsExactly(4979, 12.0, 56.0, 1000.0);
    }

    @Test
    void graphValuesArriveWithElementIds() {
        try (Session session = driver.session()) {
            Record r = session.run("GRAPH").single();
            Node n = r.get("n").asNode();
            assertThat(n.elementId()).isEqualTo("4:db:1");
            assertThat(n.labels()).containsExactly("Person");
            assertThat(n.get("name").asString()).isEqualTo("Ann");
            Relationship rel = r.get("r").asRelationship();
            assertThat(rel.elementId()).isEqualTo("5:db:7");
            assertThat(rel.startNodeElementId()).isEqualTo("4:db:1");
            assertThat(rel.endNodeElementId()).isEqualTo("4:db:2");
            assertThat(rel.type()).isEqualTo("KNOWS");
            assertThat(rel.get("since").asLong()).isEqualTo(1999);
            Path p = r.get("p").asPath();
            assertThat(p.length()).isEqualTo(1);
            assertThat(p.start().get("name").asString()).isEqualTo("Ann");
            assertThat(p.end().get("name").asString()).isEqualTo("Bob");
            assertThat(p.relationships().iterator().next().startNodeElementId()).isEqualTo("4:db:1");
        }
    }
}
