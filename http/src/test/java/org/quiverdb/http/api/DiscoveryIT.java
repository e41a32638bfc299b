package org.quiverdb.http.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quiverdb.http.api.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiscoveryIT {
    private TestServer http;

    @BeforeEach
    void start() throws Exception {
        http = new TestServer();
    }

    @AfterEach
    void stop() {
        http.close();
    }

    @Test
    void rootDescribesBoltAndTransactionEndpointsLikeNeo4j5() {
        HttpResponse<String> response = http.get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        String base = "http://127.0.0.1:" + http.addresses.http().getPort();
        // the advertised address is a wildcard, so the host the client used is advertised
        assertThat(body.get("bolt_routing").asText()).isEqualTo("neo4j://127.0.0.1:7687");
        assertThat(body.get("bolt_direct").asText()).isEqualTo("bolt://127.0.0.1:7687");
        assertThat(body.get("transaction").asText()).isEqualTo(base + "/db/{databaseName}/tx");
        assertThat(body.get("query").asText()).isEqualTo(base + "/db/{databaseName}/query/v2");
        assertThat(body.get("neo4j_version").asText()).startsWith("5.");
        assertThat(body.get("neo4j_edition").asText()).isEqualTo("community");
    }

    @Test
    void discoveryNeedsNoCredentialsEvenWhenAuthIsOn() throws Exception {
        try (TestServer secured = new TestServer(BadInputIT.ONLY_NEO4J_SECRET, 1024)) {
            assertThat(secured.get("/").statusCode()).isEqualTo(200);
        }
    }
}
