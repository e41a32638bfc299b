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
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiverdb.cypher.api.CypherEngines;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.EmbeddedDatabases;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.session.api.SessionServices;

/** The HTTP API over the real session layer, Cypher engine and (in-memory) kernel. */
class RealEngineIT {
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
        server = new HttpServer(
                SessionServices.create(databases, CypherEngines.create(clock, new Random(42)), clock), config);
        port = server.start().http().getPort();
    }

    @AfterEach
    void stop() {
        server.stop();
        databases.close();
    }

    private HttpResponse<String> post(String path, String body) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void createdNodesAreReadBackWithStatsAndMeta() {
        String create = "{\"statements\":[{\"statement\":\"CREATE (n:Person {name: $name}) RETURN n\","
                + "\"parameters\":{\"name\":\"Ann\"},\"includeStats\":true,\"resultDataContents\":[\"row\",\"graph\"]}]}";
        JsonNode created = json(post("/db/neo4j/tx/commit", create));

        assertThat(created.get("errors")).isEmpty();
        JsonNode result = created.get("results").get(0);
        assertThat(result.get("data").get(0).get("row").toString()).isEqualTo("[{\"name\":\"Ann\"}]");
        assertThat(result.get("data").get(0).get("meta").get(0).get("type").asText())
                .isEqualTo("node");
        assertThat(result.get("data")
                        .get(0)
                        .get("graph")
                        .get("nodes")
                        .get(0)
                        .get("labels")
                        .toString())
                .isEqualTo("[\"Person\"]");
        assertThat(result.get("stats").get("nodes_created").asLong()).isEqualTo(1);
        assertThat(result.get("stats").get("labels_added").asLong()).isEqualTo(1);
        assertThat(result.get("stats").get("properties_set").asLong()).isEqualTo(1);
        assertThat(created.get("lastBookmarks")).hasSize(1);

        JsonNode read = json(post("/db/neo4j/query/v2", "{\"statement\":\"MATCH (n:Person) RETURN n.name AS name\"}"));
        assertThat(read.get("data").toString()).isEqualTo("{\"fields\":[\"name\"],\"values\":[[\"Ann\"]]}");
    }

    @Test
    void rolledBackTransactionLeavesNothingBehind() {
        HttpResponse<String> begun = post("/db/neo4j/tx", statements("CREATE (:Temp)"));
        String location = begun.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/db/"));

        JsonNode inside = json(post(path, statements("MATCH (n:Temp) RETURN count(n) AS c")));
        assertThat(inside.get("results")
                        .get(0)
                        .get("data")
                        .get(0)
                        .get("row")
                        .get(0)
                        .asLong())
                .isEqualTo(1);
        try {
            client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .DELETE()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }

        JsonNode after = json(post("/db/neo4j/tx/commit", statements("MATCH (n:Temp) RETURN count(n) AS c")));
        assertThat(after.get("results")
                        .get(0)
                        .get("data")
                        .get(0)
                        .get("row")
                        .get(0)
                        .asLong())
                .isZero();
    }

    @Test
    void largeResultStreams() {
        JsonNode body = json(post("/db/neo4j/tx/commit", statements("UNWIND range(1, 100000) AS i RETURN i")));

        JsonNode data = body.get("results").get(0).get("data");
        assertThat(data).hasSize(100_000);
        assertThat(data.get(99_999).get("row").get(0).asLong()).isEqualTo(100_000);
    }

    @Test
    void cypherErrorsCarryNeo4jCodes() {
        JsonNode syntax = json(post("/db/neo4j/tx/commit", statements("RETRUN 1")));
        assertThat(syntax.get("errors").get(0).get("code").asText()).isEqualTo("Neo.ClientError.Statement.SyntaxError");

        HttpResponse<String> query = post("/db/neo4j/query/v2", "{\"statement\":\"RETURN $missing\"}");
        assertThat(query.statusCode()).isEqualTo(400);
        assertThat(json(query).get("errors").get(0).get("code").asText()).startsWith("Neo.ClientError.Statement.");
    }

    @Test
    void readAccessModeRefusesWrites() {
        HttpResponse<String> response =
                post("/db/neo4j/query/v2", "{\"statement\":\"CREATE (:X)\",\"accessMode\":\"READ\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("code").asText()).startsWith("Neo.ClientError.");
        JsonNode count = json(post("/db/neo4j/query/v2", "{\"statement\":\"MATCH (n:X) RETURN count(n) AS c\"}"));
        assertThat(count.get("data").get("values").get(0).get(0).asLong()).isZero();
    }
}
