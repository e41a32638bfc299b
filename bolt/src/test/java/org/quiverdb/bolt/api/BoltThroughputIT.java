package org.quiverdb.bolt.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.quiverdb.cypher.api.CypherEngines;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.EmbeddedDatabases;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.session.api.SessionServices;
import org.quiverdb.session.fake.FakeDatabases;
import org.quiverdb.session.fake.ScriptedEngine;

/**
 * Rough figures for the issue note, not a benchmark (those belong in the bench module): only runs
 * with {@code -Dquiver.measure=true}, prints, and asserts nothing about time.
 */
class BoltThroughputIT {
    @Test
    void measureRoundTripsAndStreaming() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("quiver.measure"), "set -Dquiver.measure=true to run");
        Databases databases = EmbeddedDatabases.inMemory(KernelSettings.defaults());
        BoltServer server = new BoltServer(
                SessionServices.create(
                        databases, CypherEngines.create(Clock.systemUTC(), new Random(1)), Clock.systemUTC()),
                BoltServerConfig.listeningOn(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
        int port = server.start().getPort();
        try (Driver driver = GraphDatabase.driver(
                "bolt://127.0.0.1:" + port,
                AuthTokens.none(),
                Config.builder().withMaxConnectionPoolSize(32).build())) {
            roundTrips(driver, 1, 5_000);
            roundTrips(driver, 1, 20_000);
            roundTrips(driver, 16, 2_000);
            streaming(driver, 1_000_000);
        } finally {
            server.stop();
            databases.close();
        }
    }

    @Test
    void measureProtocolOverheadWithTheScriptedEngine() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("quiver.measure"), "set -Dquiver.measure=true to run");
        BoltServer server = new BoltServer(
                SessionServices.create(new FakeDatabases(), new ScriptedEngine(), Clock.systemUTC()),
                BoltServerConfig.listeningOn(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
        int port = server.start().getPort();
        try (Driver driver = GraphDatabase.driver(
                "bolt://127.0.0.1:" + port,
                AuthTokens.none(),
                Config.builder().withMaxConnectionPoolSize(32).build())) {
            report("-- scripted engine (Bolt + session layer only) --");
            roundTrips(driver, 1, 5_000);
            roundTrips(driver, 1, 20_000);
            roundTrips(driver, 16, 2_000);
        } finally {
            server.stop();
        }
    }

    private static void roundTrips(Driver driver, int threads, int perThread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    try (Session session = driver.session()) {
                        for (int i = 0; i < perThread; i++) {
                            assertThat(session.run("RETURN 1").single().get(0).asLong())
                                    .isEqualTo(1);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(10, TimeUnit.MINUTES);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            report(
                    "RETURN 1 on %d connection(s): %.0f round trips/s (%d queries)",
                    threads, threads * perThread / seconds, threads * perThread);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void streaming(Driver driver, int rows) {
        try (Session session =
                driver.session(SessionConfig.builder().withFetchSize(1000).build())) {
            long start = System.nanoTime();
            Result result = session.run("UNWIND range(1, $n) AS i RETURN i", Map.of("n", rows));
            long count = 0;
            while (result.hasNext()) {
                result.next();
                count++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(count).isEqualTo(rows);
            report("streaming %d rows (fetch size 1000): %.0f rows/s", rows, rows / seconds);
        }
    }

    @SuppressWarnings("SystemOut")
    private static void report(String format, Object... args) {
        System.out.println("[quiver.measure] " + String.format(Locale.ROOT, format, args));
    }
}
