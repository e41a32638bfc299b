package org.quiverdb.http.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quiverdb.http.api.TestServer.json;
import static org.quiverdb.http.api.TestServer.statements;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiverdb.cypher.api.CypherEngines;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.EmbeddedDatabases;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.session.api.NativeSecurity;
import org.quiverdb.session.api.SecuritySettings;
import org.quiverdb.session.api.SessionServices;

/** HTTP Basic over real HTTP against native users: the same store and rules as Bolt. */
class NativeAuthIT {
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Databases databases;
    private HttpServer server;
    private int port;

    @BeforeEach
    void start() throws IOException {
        Clock clock = Clock.systemUTC();
        databases = EmbeddedDatabases.inMemory(KernelSettings.defaults());
        HttpServerConfig config = new HttpServerConfig(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                null,
                Path.of("unused"),
                "localhost:7687",
                HttpServerConfig.DEFAULT_MAX_BODY_BYTES,
                HttpServerConfig.DEFAULT_IDLE_TIMEOUT,
                clock);
        // A long lock time: this test checks the lockout answer, the Bolt IT its release.
        SecuritySettings settings = new SecuritySettings(true, 3, Duration.ofMinutes(5), 8, 10);
        NativeSecurity security = NativeSecurity.open(databases, settings, clock, new SecureRandom());
        server = new HttpServer(
                SessionServices.create(
                        databases,
                        CypherEngines.create(clock, new Random(42)),
                        clock,
                        SessionServices.DEFAULT_BOOKMARK_TIMEOUT,
                        security),
                config);
        port = server.start().http().getPort();
    }

    @AfterEach
    void stop() {
        server.stop();
        databases.close();
    }

    private HttpResponse<String> post(String path, String user, String password, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String errorCode(HttpResponse<String> response) {
        JsonNode errors = json(response).get("errors");
        return errors.isEmpty() ? "" : errors.get(0).get("code").asText();
    }

    private void changeDefaultPassword(String password) {
        HttpResponse<String> changed = post(
                "/db/system/tx/commit",
                "neo4j",
                "neo4j",
                statements("ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO '" + password + "'"));
        assertThat(errorCode(changed)).isEmpty();
    }

    @Test
    void noOrWrongCredentialsAre401WithABasicChallenge() {
        HttpResponse<String> none = post("/db/neo4j/tx/commit", null, null, statements("RETURN 1"));
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"Neo4j\"");
        assertThat(errorCode(none)).isEqualTo("Neo.ClientError.Security.Unauthorized");
        HttpResponse<String> wrong = post("/db/neo4j/tx/commit", "neo4j", "nope", statements("RETURN 1"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(errorCode(wrong)).isEqualTo("Neo.ClientError.Security.Unauthorized");
    }

    @Test
    void theDefaultPasswordMustBeChangedThenTheNewOneWorks() {
        HttpResponse<String> expired = post("/db/neo4j/tx/commit", "neo4j", "neo4j", statements("RETURN 1"));
        assertThat(errorCode(expired)).isEqualTo("Neo.ClientError.Security.CredentialsExpired");
        changeDefaultPassword("http-pw-123");
        HttpResponse<String> ok = post("/db/neo4j/tx/commit", "neo4j", "http-pw-123", statements("RETURN 7 AS n"));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json(ok).get("results")
                        .get(0)
                        .get("data")
                        .get(0)
                        .get("row")
                        .get(0)
                        .asInt())
                .isEqualTo(7);
        assertThat(post("/db/neo4j/tx/commit", "neo4j", "neo4j", statements("RETURN 1"))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void guessingLocksTheUserOutWith429() {
        changeDefaultPassword("http-pw-456");
        for (int i = 0; i < 3; i++) {
            assertThat(post("/db/neo4j/tx/commit", "neo4j", "guess", statements("RETURN 1"))
                            .statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> locked = post("/db/neo4j/tx/commit", "neo4j", "http-pw-456", statements("RETURN 1"));
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(errorCode(locked)).isEqualTo("Neo.ClientError.Security.AuthenticationRateLimit");
    }

    @Test
    void usersManagedOverHttpLogInOverHttp() {
        changeDefaultPassword("http-admin-1");
        HttpResponse<String> created = post(
                "/db/system/tx/commit",
                "neo4j",
                "http-admin-1",
                statements("CREATE USER erin SET PASSWORD 'erin-pw-12' CHANGE NOT REQUIRED", "SHOW USERS"));
        assertThat(errorCode(created)).isEmpty();
        assertThat(json(created).get("results").get(1).get("data").toString())
                .contains("erin")
                .contains("neo4j");
        HttpResponse<String> erin = post("/db/system/tx/commit", "erin", "erin-pw-12", statements("SHOW CURRENT USER"));
        assertThat(json(erin)
                        .get("results")
                        .get(0)
                        .get("data")
                        .get(0)
                        .get("row")
                        .get(0)
                        .asText())
                .isEqualTo("erin");
        HttpResponse<String> wrongDb = post("/db/neo4j/tx/commit", "erin", "erin-pw-12", statements("SHOW USERS"));
        assertThat(errorCode(wrongDb)).isNotEmpty();
    }
}
