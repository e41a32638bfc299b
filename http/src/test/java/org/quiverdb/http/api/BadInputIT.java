package org.quiverdb.http.api;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quiverdb.http.api.TestServer.json;
import static org.quiverdb.http.api.TestServer.statements;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.session.api.Authenticator;

class BadInputIT {
    /** Accepts only neo4j/secret. */
    static final Authenticator ONLY_NEO4J_SECRET = token -> {
        if (token.principal().equals("neo4j") && token.credentials().equals("secret")) {
            return "neo4j";
        }
        throw new QuiverException(
                Status.SECURITY_UNAUTHORIZED, "The client is unauthorized due to authentication failure.");
    };

    private TestServer http;

    @BeforeEach
    void start() throws Exception {
        http = new TestServer();
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private static String code(HttpResponse<String> response) {
        return json(response).get("errors").get(0).get("code").asText();
    }

    @Test
    void malformedJsonOnTheTransactionalEndpointIsInvalidFormatInTheBody() {
        HttpResponse<String> response = http.post("/db/neo4j/tx/commit", "[{asd,::}]");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(code(response)).isEqualTo("Neo.ClientError.Request.InvalidFormat");
    }

    @Test
    void malformedJsonInAnOpenTransactionRollsItBack() {
        String location = http.post("/db/neo4j/tx", statements("CREATE"))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        String path = location.substring(location.indexOf("/db/"));

        HttpResponse<String> response = http.post(path + "/commit", "{\"statements\": [ {");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(code(response)).isEqualTo("Neo.ClientError.Request.InvalidFormat");
        assertThat(http.post(path + "/commit", "").statusCode()).isEqualTo(404);
        assertThat(http.databases.fake("neo4j").lastCommittedTransactionId()).isZero();
    }

    @Test
    void malformedJsonOnTheQueryApiIsBadRequest() {
        HttpResponse<String> response = http.post("/db/neo4j/query/v2", "{\"statement\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(code(response)).isEqualTo("Neo.ClientError.Request.InvalidFormat");
    }

    @Test
    void nestingBeyondTheLimitIsRejectedNotRecursed() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        String body = "{\"statements\":[{\"statement\":\"ECHO\",\"parameters\":{\"x\":" + deep + "}}]}";

        HttpResponse<String> response = http.post("/db/neo4j/tx/commit", body);

        assertThat(code(response)).isEqualTo("Neo.ClientError.Request.InvalidFormat");
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaType() {
        HttpResponse<String> response = http.post("/db/neo4j/tx/commit", statements("ROWS 1"), "text/plain", "*/*");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(code(response)).isEqualTo("Neo.ClientError.Request.InvalidFormat");
        assertThat(http.post("/db/neo4j/query/v2", "{}", "application/xml", "*/*")
                        .statusCode())
                .isEqualTo(415);
    }

    @Test
    void bodyOverTheLimitIsRejectedAndTheServerServesOthers() throws Exception {
        try (TestServer small = new TestServer(Authenticator.AUTH_DISABLED, 1024)) {
            String big = statements("ROWS 1".repeat(400));

            HttpResponse<String> response = small.post("/db/neo4j/tx/commit", big);

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(code(response)).isEqualTo("Neo.ClientError.Request.InvalidFormat");
            assertThat(json(response).get("errors").get(0).get("message").asText())
                    .contains("<= 1024 bytes");
            assertThat(small.post("/db/neo4j/tx/commit", statements("ROWS 1")).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void unknownTransactionIdsAreNotFound() {
        assertThat(code(http.post("/db/neo4j/tx/12345", statements("ROWS 1"))))
                .isEqualTo("Neo.ClientError.Transaction.TransactionNotFound");
        assertThat(http.post("/db/neo4j/tx/12345/commit", "").statusCode()).isEqualTo(404);
        assertThat(http.delete("/db/neo4j/tx/abc").statusCode()).isEqualTo(404);
        assertThat(http.delete("/db/neo4j/query/v2/tx/77").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownPathsAndWrongMethodsAreAnswered() {
        assertThat(http.get("/db/neo4j/nothing").statusCode()).isEqualTo(404);
        assertThat(http.get("/browser/").statusCode()).isEqualTo(404);
        HttpResponse<String> wrongMethod = http.get("/db/neo4j/tx/commit");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(code(wrongMethod)).isEqualTo("Neo.ClientError.Request.Invalid");
    }

    @Test
    void garbageBytesGetABadRequestAndCloseOnlyThatConnection() throws Exception {
        try (Socket socket = new Socket(
                InetAddress.getLoopbackAddress(), http.addresses.http().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("\u0001\u0002GARBAGE \u00ff\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), US_ASCII);
            assertThat(answer).startsWith("HTTP/1.1 400").contains("Neo.ClientError.Request.InvalidFormat");
        }
        assertThat(http.post("/db/neo4j/tx/commit", statements("ROWS 1")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aClientThatStopsReadingHoldsOnlyItsOwnConnection() throws Exception {
        String body = statements("ROWS 50000000");
        String request = "POST /db/neo4j/tx/commit HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body;
        try (Socket stalled = new Socket(
                InetAddress.getLoopbackAddress(), http.addresses.http().getPort())) {
            stalled.setReceiveBufferSize(4096);
            stalled.getOutputStream().write(request.getBytes(US_ASCII));
            stalled.getOutputStream().flush();
            InputStream in = stalled.getInputStream();
            assertThat(in.read()).isEqualTo('H');

            for (int i = 0; i < 20; i++) {
                assertThat(http.post("/db/neo4j/query/v2", "{\"statement\":\"ROWS 10\"}")
                                .statusCode())
                        .isEqualTo(202);
            }
        }
        // the stalled statement is abandoned, not committed, once its client is gone
        Await.until("the abandoned statement to end", Duration.ofSeconds(20), () -> {
            var first = http.databases.fake("neo4j").transactions().get(0);
            return first.rolledBack() || first.committed();
        });
        assertThat(http.databases.fake("neo4j").transactions().get(0).committed())
                .isFalse();
    }

    @Test
    void missingOrWrongCredentialsAreUnauthorized() throws Exception {
        try (TestServer secured = new TestServer(ONLY_NEO4J_SECRET, 1024 * 1024)) {
            HttpResponse<String> anonymous = secured.post("/db/neo4j/tx/commit", statements("ROWS 1"));
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Neo4j\"");
            assertThat(code(anonymous)).isEqualTo("Neo.ClientError.Security.Unauthorized");

            assertThat(secured.send(authorized(secured, "neo4j:wrong")).statusCode())
                    .isEqualTo(401);
            assertThat(secured.send(authorized(secured, "neo4j:secret")).statusCode())
                    .isEqualTo(200);
            HttpRequest garbled = HttpRequest.newBuilder(secured.uri("/db/neo4j/tx/commit"))
                    .header("Authorization", "Basic")
                    .POST(HttpRequest.BodyPublishers.ofString(statements("ROWS 1")))
                    .build();
            assertThat(secured.send(garbled).statusCode()).isEqualTo(400);
        }
    }

    private static HttpRequest authorized(TestServer server, String userAndPassword) {
        String credentials = Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(server.uri("/db/neo4j/tx/commit"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(statements("ROWS 1")))
                .build();
    }

    @Test
    void requestsBeyondTheWorkerPoolAreRefusedWithNoThreadsAvailable() throws Exception {
        ThreadPoolExecutor oneWorker = new ThreadPoolExecutor(1, 1, 1, TimeUnit.MINUTES, new SynchronousQueue<>());
        ExecutorService client = Executors.newSingleThreadExecutor();
        TestServer busy = new TestServer(Authenticator.AUTH_DISABLED, 1 << 20, oneWorker);
        try {
            String location = busy.post("/db/neo4j/tx", "")
                    .headers()
                    .firstValue("Location")
                    .orElseThrow();
            String path = location.substring(location.indexOf("/db/"));
            Future<HttpResponse<String>> blocked = client.submit(() -> busy.post(path, statements("BLOCK")));
            Await.until("the only worker to be taken", Duration.ofSeconds(10), () -> oneWorker.getActiveCount() == 1);

            HttpResponse<String> refused = busy.post("/db/neo4j/tx/commit", statements("ROWS 1"));

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(code(refused)).isEqualTo("Neo.TransientError.Request.NoThreadsAvailable");
            busy.server.stop();
            assertThat(blocked.get().statusCode()).isEqualTo(200);
        } finally {
            busy.close();
            client.shutdownNow();
            oneWorker.shutdownNow();
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrderOnOneConnection() throws Exception {
        StringBuilder requests = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            String body = "{\"statement\":\"RETURN " + i + "\"}";
            requests.append("POST /db/neo4j/query/v2 HTTP/1.1\r\nHost: localhost\r\n")
                    .append("Content-Type: application/json\r\nContent-Length: ")
                    .append(body.length())
                    .append("\r\n")
                    .append(i == 3 ? "Connection: close\r\n" : "")
                    .append("\r\n")
                    .append(body);
        }
        try (Socket socket = new Socket(
                InetAddress.getLoopbackAddress(), http.addresses.http().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(requests.toString().getBytes(US_ASCII));
            socket.getOutputStream().flush();
            String answers = new String(socket.getInputStream().readAllBytes(), US_ASCII);

            int first = answers.indexOf("\"fields\":[\"1\"]");
            int second = answers.indexOf("\"fields\":[\"2\"]");
            int third = answers.indexOf("\"fields\":[\"3\"]");
            assertThat(first).isPositive();
            assertThat(second).isGreaterThan(first);
            assertThat(third).isGreaterThan(second);
        }
    }

    @Test
    void http10ClientsGetAnUnchunkedBodyEndedByClose() throws Exception {
        String body = "{\"statements\":[{\"statement\":\"ROWS 3\"}]}";
        String request = "POST /db/neo4j/tx/commit HTTP/1.0\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length() + "\r\n\r\n" + body;
        try (Socket socket = new Socket(
                InetAddress.getLoopbackAddress(), http.addresses.http().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), US_ASCII);

            assertThat(answer).startsWith("HTTP/1.0 200").doesNotContainIgnoringCase("transfer-encoding");
            String json = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            assertThat(TestServer.JSON.readTree(json).get("results").get(0).get("data"))
                    .hasSize(3);
        }
    }

    @Test
    void anotherUserCannotUseSomeonesTransaction() throws Exception {
        Authenticator twoUsers = token -> {
            if (token.credentials().equals("pw-" + token.principal())) {
                return token.principal();
            }
            throw new QuiverException(Status.SECURITY_UNAUTHORIZED, "wrong password");
        };
        try (TestServer secured = new TestServer(twoUsers, 1 << 20)) {
            HttpResponse<String> begun = secured.send(as("ann", secured, "/db/neo4j/tx", statements("CREATE")));
            String location = begun.headers().firstValue("Location").orElseThrow();
            String path = location.substring(location.indexOf("/db/"));

            HttpResponse<String> stolen = secured.send(as("bob", secured, path + "/commit", ""));

            assertThat(stolen.statusCode()).isEqualTo(404);
            assertThat(code(stolen)).isEqualTo("Neo.ClientError.Transaction.TransactionNotFound");
            assertThat(secured.send(as("ann", secured, path + "/commit", "")).statusCode())
                    .isEqualTo(200);
        }
    }

    private static HttpRequest as(String user, TestServer server, String path, String body) {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":pw-" + user).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(server.uri(path))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
