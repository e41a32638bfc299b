package org.quiverdb.http.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quiverdb.http.api.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueryApiIT {
    private static final String TYPED = "application/vnd.neo4j.query";
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
    void plainJsonAnswersAcceptedWithFieldsAndValues() {
        HttpResponse<String> response = http.post("/db/neo4j/query/v2", "{\"statement\":\"ROWS 2\"}");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body())
                .isEqualTo("{\"data\":{\"fields\":[\"i\"],\"values\":[[0],[1]]},\"bookmarks\":[\"QB1:neo4j:0\"]}");
    }

    @Test
    void countersAndBookmarkAfterAWrite() {
        JsonNode body = json(http.post("/db/neo4j/query/v2", "{\"statement\":\"CREATE\",\"includeCounters\":true}"));

        assertThat(body.get("counters").get("nodesCreated").asLong()).isEqualTo(1);
        assertThat(body.get("counters").get("containsUpdates").asBoolean()).isTrue();
        assertThat(body.get("bookmarks").get(0).asText()).isEqualTo("QB1:neo4j:1");
    }

    @Test
    void typedJsonTagsEveryValue() {
        HttpResponse<String> response =
                http.post("/db/neo4j/query/v2", "{\"statement\":\"ROWS 1\"}", "application/json", TYPED);

        assertThat(response.headers().firstValue("Content-Type")).hasValue(TYPED);
        HttpResponse<String> versioned =
                http.post("/db/neo4j/query/v2", "{\"statement\":\"ROWS 1\"}", "application/json", TYPED + ".v1.1, */*");
        assertThat(versioned.headers().firstValue("Content-Type")).hasValue(TYPED + ".v1.1");
        assertThat(json(response).get("data").get("values").toString())
                .isEqualTo("[[{\"$type\":\"Integer\",\"_value\":\"0\"}]]");
    }

    @Test
    void typedParametersAreReadAsTheirCypherTypes() {
        String body = "{\"statement\":\"ECHO\",\"parameters\":{"
                + "\"d\":{\"$type\":\"Date\",\"_value\":\"2024-01-02\"},"
                + "\"n\":{\"$type\":\"Integer\",\"_value\":\"9007199254740993\"},"
                + "\"p\":{\"$type\":\"Point\",\"_value\":\"SRID=4326;POINT (1.5 2.5)\"},"
                + "\"t\":{\"$type\":\"Duration\",\"_value\":\"P1Y2DT3.5S\"}}}";

        JsonNode values = json(http.post("/db/neo4j/query/v2", body, TYPED, TYPED))
                .get("data")
                .get("values")
                .get(0);

        assertThat(values.toString())
                .isEqualTo("[{\"$type\":\"Date\",\"_value\":\"2024-01-02\"},"
                        + "{\"$type\":\"Integer\",\"_value\":\"9007199254740993\"},"
                        + "{\"$type\":\"Point\",\"_value\":\"SRID=4326;POINT (1.5 2.5)\"},"
                        + "{\"$type\":\"Duration\",\"_value\":\"P1Y2DT3.5S\"}]");
    }

    @Test
    void entitiesInPlainAndTypedJson() {
        JsonNode plain = json(http.post("/db/neo4j/query/v2", "{\"statement\":\"GRAPH\"}"))
                .get("data")
                .get("values")
                .get(0);
        assertThat(plain.get(0).toString())
                .isEqualTo("{\"elementId\":\"4:db:1\",\"labels\":[\"Person\"],\"properties\":{\"name\":\"Ann\"}}");
        assertThat(plain.get(1).get("startNodeElementId").asText()).isEqualTo("4:db:1");
        assertThat(plain.get(2)).hasSize(3);

        JsonNode typed = json(http.post("/db/neo4j/query/v2", "{\"statement\":\"GRAPH\"}", "application/json", TYPED))
                .get("data")
                .get("values")
                .get(0);
        assertThat(typed.get(0).get("$type").asText()).isEqualTo("Node");
        assertThat(typed.get(0).get("_value").get("_labels").toString()).isEqualTo("[\"Person\"]");
        assertThat(typed.get(1).get("_value").get("_type").asText()).isEqualTo("KNOWS");
        assertThat(typed.get(2).get("$type").asText()).isEqualTo("Path");
    }

    @Test
    void syntaxErrorIsBadRequestWithNeo4jCode() {
        HttpResponse<String> response = http.post("/db/neo4j/query/v2", "{\"statement\":\"NONSENSE\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("code").asText())
                .isEqualTo("Neo.ClientError.Statement.SyntaxError");
    }

    @Test
    void missingStatementIsInvalidFormat() {
        HttpResponse<String> response = http.post("/db/neo4j/query/v2", "{\"parameters\":{}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("code").asText())
                .isEqualTo("Neo.ClientError.Request.InvalidFormat");
    }

    @Test
    void failureAfterTheFirstBatchEndsTheBodyWithErrors() {
        HttpResponse<String> response = http.post("/db/neo4j/query/v2", "{\"statement\":\"FAILAT 1500\"}");

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode body = json(response);
        assertThat(body.get("data").get("values")).hasSize(1500);
        assertThat(body.get("errors").get(0).get("code").asText())
                .isEqualTo("Neo.ClientError.Statement.ArithmeticError");
    }

    @Test
    void explicitTransactionRunsAndCommits() {
        HttpResponse<String> begun = http.post("/db/neo4j/query/v2/tx", "{\"statement\":\"CREATE\"}");
        assertThat(begun.statusCode()).isEqualTo(202);
        JsonNode tx = json(begun).get("transaction");
        String id = tx.get("id").asText();
        assertThat(Instant.parse(tx.get("expires").asText()))
                .isEqualTo(http.clock.instant().plus(TestServer.IDLE_TIMEOUT));

        JsonNode run = json(http.post("/db/neo4j/query/v2/tx/" + id, "{\"statement\":\"ROWS 3\"}"));
        assertThat(run.get("data").get("values")).hasSize(3);
        assertThat(http.databases.fake("neo4j").lastCommittedTransactionId()).isZero();

        HttpResponse<String> committed = http.post("/db/neo4j/query/v2/tx/" + id + "/commit", "");
        assertThat(committed.statusCode()).isEqualTo(202);
        assertThat(json(committed).get("bookmarks").get(0).asText()).isEqualTo("QB1:neo4j:1");
        assertThat(http.post("/db/neo4j/query/v2/tx/" + id, "{\"statement\":\"ROWS 1\"}")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void explicitTransactionRollsBackOnDeleteAndOnError() {
        String first = json(http.post("/db/neo4j/query/v2/tx", "{\"statement\":\"CREATE\"}"))
                .get("transaction")
                .get("id")
                .asText();
        assertThat(http.delete("/db/neo4j/query/v2/tx/" + first).statusCode()).isEqualTo(200);
        assertThat(http.delete("/db/neo4j/query/v2/tx/" + first).statusCode()).isEqualTo(404);

        String second = json(http.post("/db/neo4j/query/v2/tx", "{\"statement\":\"CREATE\"}"))
                .get("transaction")
                .get("id")
                .asText();
        assertThat(http.post("/db/neo4j/query/v2/tx/" + second, "{\"statement\":\"NONSENSE\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(http.post("/db/neo4j/query/v2/tx/" + second + "/commit", "").statusCode())
                .isEqualTo(404);
        assertThat(http.databases.fake("neo4j").lastCommittedTransactionId()).isZero();
        assertThat(http.server.openTransactions()).isZero();
    }

    @Test
    void unknownDatabaseIsNotFound() {
        HttpResponse<String> response = http.post("/db/nope/query/v2", "{\"statement\":\"ROWS 1\"}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("errors").get(0).get("code").asText())
                .isEqualTo("Neo.ClientError.Database.DatabaseNotFound");
    }

    @Test
    void readAccessModeReachesTheTransaction() {
        http.post("/db/neo4j/query/v2", "{\"statement\":\"ROWS 1\",\"accessMode\":\"READ\"}");

        assertThat(http.databases.fake("neo4j").lastTransaction().config().accessMode())
                .isEqualTo(org.quiverdb.kernel.api.AccessMode.READ);
    }

    @Test
    void idleExplicitTransactionExpires() {
        String id = json(http.post("/db/neo4j/query/v2/tx", "{\"statement\":\"CREATE\"}"))
                .get("transaction")
                .get("id")
                .asText();

        http.clock.advance(TestServer.IDLE_TIMEOUT.plusSeconds(1));

        HttpResponse<String> late = http.post("/db/neo4j/query/v2/tx/" + id + "/commit", "");
        assertThat(late.statusCode()).isEqualTo(404);
        assertThat(json(late).get("errors").get(0).get("code").asText())
                .isEqualTo("Neo.ClientError.Transaction.TransactionNotFound");
        assertThat(http.databases.fake("neo4j").lastCommittedTransactionId()).isZero();
    }
}
