package org.quiverdb.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.quiverdb.session.api.Authenticator;
import org.quiverdb.session.api.SessionService;
import org.quiverdb.session.api.SessionServices;
import org.quiverdb.session.fake.FakeDatabases;
import org.quiverdb.session.fake.ScriptedEngine;

/**
 * A real HTTP server on a free loopback port over the real session layer, with the session
 * module's fake databases and scripted Cypher engine, and a keep-alive HTTP/1.1 client.
 */
final class TestServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);

    final FakeDatabases databases = new FakeDatabases();
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    final HttpServer server;
    final BoundAddresses addresses;
    final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    TestServer() throws IOException {
        this(Authenticator.AUTH_DISABLED, 1024 * 1024);
    }

    TestServer(Authenticator authenticator, int maxBodyBytes) throws IOException {
        this(authenticator, maxBodyBytes, null);
    }

    /** With {@code workers} (owned by the caller) running requests, or the server's own pool when null. */
    TestServer(Authenticator authenticator, int maxBodyBytes, ExecutorService workers) throws IOException {
        SessionService sessions =
                SessionServices.create(databases, new ScriptedEngine(), clock, Duration.ofSeconds(5), authenticator);
        HttpServerConfig config = new HttpServerConfig(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                null,
                Path.of("unused"),
                "0.0.0.0:7687",
                maxBodyBytes,
                IDLE_TIMEOUT,
                clock);
        server = workers == null ? new HttpServer(sessions, config) : new HttpServer(sessions, config, workers);
        addresses = server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + addresses.http().getPort() + path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> post(String path, String body) {
        return post(path, body, "application/json", "application/json");
    }

    HttpResponse<String> post(String path, String body, String contentType, String accept) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of a completed future. */
    static <T> T resultOf(Future<T> done) {
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** {@code {"statements":[{"statement": text}]}} with a JSON-escaped statement. */
    static String statements(String... texts) {
        StringBuilder body = new StringBuilder("{\"statements\":[");
        for (int i = 0; i < texts.length; i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append("{\"statement\":")
                    .append(JSON.valueToTree(texts[i]).toString())
                    .append('}');
        }
        return body.append("]}").toString();
    }

    @Override
    public void close() {
        server.stop();
    }
}
