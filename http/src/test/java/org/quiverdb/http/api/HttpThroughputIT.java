package org.quiverdb.http.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quiverdb.cypher.api.CypherEngines;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.EmbeddedDatabases;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.session.api.SessionServices;

/**
 * Prints throughput figures over real HTTP with the real engine (in-memory kernel): single-statement
 * commits per second over keep-alive, and rows per second of a large streamed result. Runs only
 * with {@code -Dquiver.measure=true}; asserts correctness, never time.
 */
class HttpThroughputIT {
    private static final int COMMITS = 5000;
    private static final int ROWS = 2_000_000;

    @Test
    void printThroughput() throws Exception {
        assumeTrue(Boolean.getBoolean("quiver.measure"), "set -Dquiver.measure=true to measure");
        Clock clock = Clock.systemUTC();
        Databases databases = EmbeddedDatabases.inMemory(KernelSettings.defaults());
        HttpServer server = new HttpServer(
                SessionServices.create(databases, CypherEngines.create(clock, new Random(1)), clock),
                new HttpServerConfig(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        null,
                        Path.of("unused"),
                        "localhost:7687",
                        HttpServerConfig.DEFAULT_MAX_BODY_BYTES,
                        HttpServerConfig.DEFAULT_IDLE_TIMEOUT,
                        clock));
        try {
            String base = "http://127.0.0.1:" + server.start().http().getPort();
            HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest create = post(base + "/db/neo4j/tx/commit", TestServer.statements("CREATE (:P {i: 1})"));
            commits(client, create, 2000, 1);
            report("tx/commit single CREATE, 1 client", COMMITS, "commits", commits(client, create, COMMITS, 1));
            report("tx/commit single CREATE, 4 clients", COMMITS, "commits", commits(client, create, COMMITS, 4));
            HttpRequest unwind = post(
                    base + "/db/neo4j/tx/commit", TestServer.statements("UNWIND range(1, " + ROWS + ") AS i RETURN i"));
            report("tx/commit " + ROWS + " rows", ROWS, "rows", stream(client, unwind));
            HttpRequest query = post(
                    base + "/db/neo4j/query/v2", "{\"statement\":\"UNWIND range(1, " + ROWS + ") AS i RETURN i\"}");
            report("query/v2 " + ROWS + " rows", ROWS, "rows", stream(client, query));
        } finally {
            server.stop();
            databases.close();
        }
    }

    private static HttpRequest post(String uri, String body) {
        return HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static long commits(HttpClient client, HttpRequest request, int total, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < total / clients; i++) {
                        String body = client.send(request, HttpResponse.BodyHandlers.ofString())
                                .body();
                        assertThat(body).contains("\"errors\":[]");
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return System.nanoTime() - start;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long stream(HttpClient client, HttpRequest request) throws Exception {
        long start = System.nanoTime();
        long bytes = 0;
        try (InputStream in =
                client.send(request, HttpResponse.BodyHandlers.ofInputStream()).body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                bytes += n;
            }
        }
        assertThat(bytes).isGreaterThan(ROWS);
        return System.nanoTime() - start;
    }

    private static void report(String what, int count, String unit, long nanos) {
        System.out.printf(Locale.ROOT, "%s: %.0f %s/s%n", what, count / (nanos / 1e9), unit);
    }
}
