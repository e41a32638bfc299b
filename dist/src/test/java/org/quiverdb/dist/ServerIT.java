package org.quiverdb.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * The packaged server end to end, as a user meets it: {@code quiver start}, the official Neo4j
 * Java driver over Bolt, the HTTP API over real HTTP, {@code quiver stop}, and the data still there
 * after a restart.
 */
class ServerIT {
    private static final String PASSWORD = "ada-lovelace-1815";

    @TempDir
    Path dir;

    private final QuiverCli cli = new QuiverCli();

    @AfterEach
    void killLeftovers() {
        cli.killAll();
    }

    @Test
    void driverAndHttpReachTheSameDataWhichSurvivesARestart() throws Exception {
        Path home = dir.resolve("server");
        int bolt = QuiverCli.freePort();
        int http = QuiverCli.freePort();
        int https = QuiverCli.freePort();
        String[] start = {
            "start",
            "--set",
            "dbms.connector.bolt.listen_address=127.0.0.1:" + bolt,
            "--set",
            "dbms.connector.http.listen_address=127.0.0.1:" + http,
            "--set",
            "dbms.connector.https.listen_address=127.0.0.1:" + https
        };
        // Authentication is on by default: set the neo4j user's password before the first start.
        QuiverCli.Result password =
                cli.script("quiver-admin", "set-initial-password", PASSWORD, "--home", home.toString());
        assertThat(password.exitCode()).as(password.all()).isZero();
        QuiverCli.Result started = cli.quiver(home, start);
        assertThat(started.exitCode()).as(started.all()).isZero();
        assertThat(started.out())
                .contains("dbms.connector.bolt.listen_address=127.0.0.1:" + bolt)
                .contains("dbms.connector.http.listen_address=127.0.0.1:" + http)
                .contains("dbms.connector.https.listen_address=127.0.0.1:" + https);

        try (Driver anonymous = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none())) {
            assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.basic("neo4j", PASSWORD));
                Session session = driver.session()) {
            String name = session.run("CREATE (p:Person {name: 'Ada'}) RETURN p.name AS name")
                    .single()
                    .get("name")
                    .asString();
            assertThat(name).isEqualTo("Ada");
        }
        assertThat(countOverHttp(http)).contains("\"row\":[1]");
        assertThat(discovery(http)).contains("\"bolt_direct\":\"bolt://localhost:" + bolt + "\"");

        assertThat(cli.quiver(home, "stop").exitCode()).isZero();
        String userLog = Files.readString(home.resolve("logs/quiver.log"), StandardCharsets.UTF_8);
        assertThat(userLog).contains("Bolt connector listening on 127.0.0.1:" + bolt);

        QuiverCli.Result restarted = cli.quiver(home, start);
        assertThat(restarted.exitCode()).as(restarted.all()).isZero();
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.basic("neo4j", PASSWORD));
                Session session = driver.session()) {
            long count = session.run("MATCH (p:Person {name: 'Ada'}) RETURN count(p) AS c")
                    .single()
                    .get("c")
                    .asLong();
            assertThat(count).isEqualTo(1);
        }
        assertThat(cli.quiver(home, "stop").exitCode()).isZero();
    }

    private static String discovery(int port) throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body().replace(" ", "");
    }

    private static String countOverHttp(int port) throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/db/neo4j/tx/commit"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(("neo4j:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"statements\":[{\"statement\":\"MATCH (p:Person) RETURN count(p)\"}]}"))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().replace(" ", "");
    }
}
