package org.quiverdb.http.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quiverdb.http.api.TestServer.json;
import static org.quiverdb.http.api.TestServer.statements;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransactionalEndpointIT {
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
    void commitInOneRequestReturnsColumnsRowsAndMeta() {
        HttpResponse<String> response = http.post("/db/neo4j/tx/commit", statements("ROWS 3"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("errors")).isEmpty();
        JsonNode result = body.get("results").get(0);
        assertThat(result.get("columns").toString()).isEqualTo("[\"i\"]");
        assertThat(result.get("data").toString())
                .isEqualTo(
                        "[{\"row\":[0],\"meta\":[null]},{\"row\":[1],\"meta\":[null]},{\"row\":[2],\"meta\":[null]}]");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void includeStatsReportsCountersAndCommitReturnsBookmark() {
        String body = "{\"statements\":[{\"statement\":\"CREATE\",\"includeStats\":true}]}";
        JsonNode answer = json(http.post("/db/neo4j/tx/commit", body));

        JsonNode stats = answer.get("results").get(0).get("stats");
        assertThat(stats.get("contains_updates").asBoolean()).isTrue();
        assertThat(stats.get("nodes_created").asLong()).isEqualTo(1);
        assertThat(stats.get("relationship_deleted").asLong()).isZero();
        assertThat(answer.get("lastBookmarks").get(0).asText()).isEqualTo("QB1:neo4j:1");
    }

    @Test
    void severalStatementsRunInOneTransaction() {
        JsonNode answer = json(http.post("/db/neo4j/tx/commit", statements("CREATE", "CREATE", "ROWS 1")));

        assertThat(answer.get("results")).hasSize(3);
        assertThat(answer.get("errors")).isEmpty();
        assertThat(http.databases.fake("neo4j").lastCommittedTransactionId()).isEqualTo(1);
    }

    @Test
    void parametersArriveAsCypherValues() {
        String body = "{\"statements\":[{\"statement\":\"ECHO\",\"parameters\":"
                + "{\"a\":1,\"b\":\"x\",\"c\":[1,2.5],\"d\":{\"e\":null},\"f\":true}}]}";
        JsonNode row = json(http.post("/db/neo4j/tx/commit", body))
                .get("results")
                .get(0)
                .get("data")
                .get(0)
                .get("row");

        assertThat(row.toString()).isEqualTo("[1,\"x\",[1,2.5],{\"e\":null},true]");
    }

    @Test
    void graphFormatListsEachNodeAndRelationshipOnce() {
        String body = "{\"statements\":[{\"statement\":\"GRAPH\",\"resultDataContents\":[\"row\",\"graph\"]}]}";
        JsonNode data = json(http.post("/db/neo4j/tx/commit", body))
                .get("results")
                .get(0)
                .get("data")
                .get(0);

        assertThat(data.get("row").toString())
                .isEqualTo(
                        "[{\"name\":\"Ann\"},{\"since\":1999},[{\"name\":\"Ann\"},{\"since\":1999},{\"name\":\"Bob\"}]]");
        assertThat(data.get("meta").get(0).toString())
                .isEqualTo("{\"id\":1,\"elementId\":\"4:db:1\",\"type\":\"node\",\"deleted\":false}");
        JsonNode graph = data.get("graph");
        assertThat(graph.get("nodes")).hasSize(2);
        assertThat(graph.get("nodes").get(0).get("id").asText()).isEqualTo("1");
        assertThat(graph.get("nodes").get(0).get("labels").toString()).isEqualTo("[\"Person\"]");
        JsonNode rel = graph.get("relationships").get(0);
        assertThat(rel.get("type").asText()).isEqualTo("KNOWS");
        assertThat(rel.get("startNode").asText()).isEqualTo("1");
        assertThat(rel.get("endNode").asText()).isEqualTo("2");
        assertThat(graph.get("relationships")).hasSize(1);
    }

    @Test
    void graphOnlyFormatOmitsRow() {
        String body = "{\"statements\":[{\"statement\":\"GRAPH\",\"resultDataContents\":[\"graph\"]}]}";
        JsonNode data = json(http.post("/db/neo4j/tx/commit", body))
                .get("results")
                .get(0)
                .get("data")
                .get(0);

        assertThat(data.has("row")).isFalse();
        assertThat(data.get("graph").get("nodes")).hasSize(2);
    }

    @Test
    void beginRunCommitKeepsOneTransactionAcrossRequests() {
        HttpResponse<String> begun = http.post("/db/neo4j/tx", statements("CREATE"));
        assertThat(begun.statusCode()).isEqualTo(201);
        String location = begun.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("http://127\\.0\\.0\\.1:\\d+/db/neo4j/tx/\\d+");
        JsonNode body = json(begun);
        assertThat(body.get("commit").asText()).isEqualTo(location + "/commit");
        ZonedDateTime expires = ZonedDateTime.parse(
                body.get("transaction").get("expires").asText(), DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(expires.toInstant()).isEqualTo(http.clock.instant().plus(TestServer.IDLE_TIMEOUT));
        String path = location.substring(location.indexOf("/db/"));

        JsonNode more = json(http.post(path, statements("ROWS 2")));
        assertThat(more.get("results").get(0).get("data")).hasSize(2);
        assertThat(http.databases.fake("neo4j").lastCommittedTransactionId()).isZero();

        JsonNode committed = json(http.post(path + "/commit", "{\"statements\":[]}"));
        assertThat(committed.get("errors")).isEmpty();
        assertThat(committed.get("lastBookmarks").get(0).asText()).isEqualTo("QB1:neo4j:1");
        assertThat(http.databases.fake("neo4j").lastCommittedTransactionId()).isEqualTo(1);

        HttpResponse<String> after = http.post(path, statements("ROWS 1"));
        assertThat(after.statusCode()).isEqualTo(404);
        assertThat(json(after).get("errors").get(0).get("code").asText())
                .isEqualTo("Neo.ClientError.Transaction.TransactionNotFound");
        assertThat(http.server.openTransactions()).isZero();
    }

    @Test
    void emptyBeginOpensTransactionWithoutResults() {
        HttpResponse<String> begun = http.post("/db/neo4j/tx", "");

        assertThat(begun.statusCode()).isEqualTo(201);
        assertThat(json(begun).get("results")).isEmpty();
        assertThat(http.server.openTransactions()).isEqualTo(1);
    }

    @Test
    void deleteRollsBackAndForgetsTheTransaction() {
        String location = http.post("/db/neo4j/tx", statements("CREATE"))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        String path = location.substring(location.indexOf("/db/"));

        HttpResponse<String> rolledBack = http.delete(path);
        assertThat(rolledBack.statusCode()).isEqualTo(200);
        assertThat(rolledBack.body()).isEqualTo("{\"results\":[],\"errors\":[]}");
        assertThat(http.databases.fake("neo4j").lastTransaction().rolledBack()).isTrue();
        assertThat(http.delete(path).statusCode()).isEqualTo(404);
        assertThat(http.databases.fake("neo4j").lastCommittedTransactionId()).isZero();
    }

    @Test
    void statementErrorRollsTheOpenTransactionBack() {
        String location = http.post("/db/neo4j/tx", statements("CREATE"))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        String path = location.substring(location.indexOf("/db/"));

        HttpResponse<String> failed = http.post(path, statements("ROWS 1", "NONSENSE", "CREATE"));

        assertThat(failed.statusCode()).isEqualTo(200);
        JsonNode body = json(failed);
        assertThat(body.get("results")).hasSize(1);
        assertThat(body.get("errors").get(0).get("code").asText()).isEqualTo("Neo.ClientError.Statement.SyntaxError");
        assertThat(body.has("commit")).isFalse();
        assertThat(http.post(path + "/commit", "").statusCode()).isEqualTo(404);
        assertThat(http.databases.fake("neo4j").lastCommittedTransactionId()).isZero();
    }

    @Test
    void failureMidStreamKeepsRowsSentAndReportsTheError() {
        JsonNode body = json(http.post("/db/neo4j/tx/commit", statements("FAILAT 3")));

        assertThat(body.get("results").get(0).get("data")).hasSize(3);
        assertThat(body.get("errors").get(0).get("code").asText())
                .isEqualTo("Neo.ClientError.Statement.ArithmeticError");
        assertThat(body.has("lastBookmarks")).isFalse();
    }

    @Test
    void legacyTransactionPathsUseTheDefaultDatabaseWithoutBookmarks() {
        JsonNode committed = json(http.post("/db/data/transaction/commit", statements("CREATE")));
        assertThat(committed.get("errors")).isEmpty();
        assertThat(committed.has("lastBookmarks")).isFalse();

        HttpResponse<String> begun = http.post("/db/data/transaction", statements("ROWS 1"));
        assertThat(begun.statusCode()).isEqualTo(201);
        assertThat(begun.headers().firstValue("Location").orElseThrow()).contains("/db/data/transaction/");
        assertThat(json(begun).get("commit").asText()).endsWith("/commit");
    }

    @Test
    void unknownDatabaseIsNotFound() {
        HttpResponse<String> response = http.post("/db/nope/tx/commit", statements("ROWS 1"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("errors").get(0).get("code").asText())
                .isEqualTo("Neo.ClientError.Database.DatabaseNotFound");
    }

    @Test
    void bookmarksFromOneRequestAreAcceptedByTheNext() {
        String bookmark = json(http.post("/db/neo4j/tx/commit", statements("CREATE")))
                .get("lastBookmarks")
                .get(0)
                .asText();
        String body = "{\"statements\":[{\"statement\":\"COUNT\"}],\"bookmarks\":[\"" + bookmark + "\"]}";

        JsonNode answer = json(http.post("/db/neo4j/tx/commit", body));

        assertThat(answer.get("errors")).isEmpty();
        assertThat(answer.get("results")
                        .get(0)
                        .get("data")
                        .get(0)
                        .get("row")
                        .get(0)
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void hundredThousandRowsStreamThrough() {
        HttpResponse<String> response = http.post("/db/neo4j/tx/commit", statements("ROWS 100000"));

        assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        JsonNode data = json(response).get("results").get(0).get("data");
        assertThat(data).hasSize(100_000);
        assertThat(data.get(99_999).get("row").get(0).asLong()).isEqualTo(99_999);
    }

    @Test
    void concurrentOpenTransactionsStayApart() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                outcomes.add(clients.submit(() -> {
                    String location = http.post("/db/neo4j/tx", statements("CREATE"))
                            .headers()
                            .firstValue("Location")
                            .orElseThrow();
                    String path = location.substring(location.indexOf("/db/"));
                    http.post(path, statements("ROWS 5"));
                    return json(http.post(path + "/commit", "")).get("errors").toString();
                }));
            }
            for (Future<String> outcome : outcomes) {
                assertThat(outcome.get()).isEqualTo("[]");
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(http.databases.fake("neo4j").lastCommittedTransactionId()).isEqualTo(16);
        assertThat(http.server.openTransactions()).isZero();
    }

    @Test
    void idleTransactionExpiresAndIsRolledBack() {
        String location = http.post("/db/neo4j/tx", statements("CREATE"))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        String path = location.substring(location.indexOf("/db/"));

        http.clock.advance(TestServer.IDLE_TIMEOUT.plusSeconds(1));
        Await.until(
                "the idle transaction to be swept", Duration.ofSeconds(10), () -> http.server.openTransactions() == 0);

        HttpResponse<String> late = http.post(path + "/commit", "");
        assertThat(late.statusCode()).isEqualTo(404);
        assertThat(json(late).get("errors").get(0).get("code").asText())
                .isEqualTo("Neo.ClientError.Transaction.TransactionNotFound");
        assertThat(http.databases.fake("neo4j").lastTransaction().rolledBack()).isTrue();
    }

    @Test
    void requestResetsTheIdleClock() {
        String location =
                http.post("/db/neo4j/tx", "").headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/db/"));

        http.clock.advance(Duration.ofSeconds(40));
        assertThat(http.post(path, "").statusCode()).isEqualTo(200);
        http.clock.advance(Duration.ofSeconds(40));

        assertThat(http.post(path + "/commit", "").statusCode()).isEqualTo(200);
    }

    @Test
    void aSecondRequestOnABusyTransactionIsRefused() throws Exception {
        String location =
                http.post("/db/neo4j/tx", "").headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/db/"));
        ExecutorService client = Executors.newSingleThreadExecutor();
        try {
            List<Future<HttpResponse<String>>> blocked = new ArrayList<>();
            blocked.add(client.submit(() -> http.post(path, statements("BLOCK"))));
            List<HttpResponse<String>> seconds = new ArrayList<>();
            Await.until("a request refused while BLOCK runs", Duration.ofSeconds(10), () -> {
                Future<HttpResponse<String>> last = blocked.get(blocked.size() - 1);
                if (last.isDone() && TestServer.resultOf(last).statusCode() == 409) {
                    // the probe below won the race for the transaction: send BLOCK again
                    blocked.add(client.submit(() -> http.post(path, statements("BLOCK"))));
                }
                seconds.add(http.post(path, statements("ROWS 1")));
                return seconds.get(seconds.size() - 1).statusCode() == 409;
            });
            HttpResponse<String> second = seconds.get(seconds.size() - 1);

            assertThat(second.statusCode()).isEqualTo(409);
            assertThat(json(second).get("errors").get(0).get("code").asText())
                    .isEqualTo("Neo.ClientError.Transaction.TransactionAccessedConcurrently");
            http.close();
            HttpResponse<String> terminated = blocked.get(blocked.size() - 1).get();
            assertThat(terminated.statusCode()).isEqualTo(200);
            assertThat(json(terminated).get("errors").get(0).get("code").asText())
                    .contains("Terminated");
        } finally {
            client.shutdownNow();
        }
    }

    @Test
    void bookmarksHeaderIsWaitedFor() {
        String bookmark = json(http.post("/db/neo4j/tx/commit", statements("CREATE")))
                .get("lastBookmarks")
                .get(0)
                .asText();
        HttpRequest request = HttpRequest.newBuilder(http.uri("/db/neo4j/tx/commit"))
                .header("Content-Type", "application/json")
                .header("Bookmarks", "[\"" + bookmark + "\"]")
                .POST(HttpRequest.BodyPublishers.ofString(statements("COUNT")))
                .build();

        JsonNode answer = json(http.send(request));

        assertThat(answer.get("errors")).isEmpty();
        assertThat(answer.get("results")
                        .get(0)
                        .get("data")
                        .get(0)
                        .get("row")
                        .get(0)
                        .asLong())
                .isEqualTo(1);
        HttpRequest garbled = HttpRequest.newBuilder(http.uri("/db/neo4j/tx/commit"))
                .header("Bookmarks", "[nope")
                .POST(HttpRequest.BodyPublishers.ofString(statements("COUNT")))
                .build();
        assertThat(json(http.send(garbled)).get("errors").get(0).get("code").asText())
                .isEqualTo("Neo.ClientError.Request.InvalidFormat");
    }
}
