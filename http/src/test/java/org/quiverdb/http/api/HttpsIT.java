package org.quiverdb.http.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiverdb.session.api.SessionServices;
import org.quiverdb.session.fake.FakeDatabases;
import org.quiverdb.session.fake.ScriptedEngine;

class HttpsIT {
    @TempDir
    Path certificates;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    private HttpServer server() {
        HttpServerConfig config = new HttpServerConfig(
                null,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                certificates,
                "localhost:7687",
                1 << 20,
                Duration.ofSeconds(60),
                clock);
        return new HttpServer(SessionServices.create(new FakeDatabases(), new ScriptedEngine(), clock), config);
    }

    @Test
    void generatesASelfSignedCertificateThatATrustingClientAccepts() throws Exception {
        try (HttpServer server = server()) {
            int port = server.start().https().getPort();
            Path certificate = certificates.resolve("https").resolve("public.crt");
            assertThat(certificate).exists();
            assertThat(certificates.resolve("https").resolve("private.key")).exists();

            HttpClient client = trusting(certificate);
            HttpResponse<String> discovery = client.send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(discovery.statusCode()).isEqualTo(200);
            JsonNode body = TestServer.json(discovery);
            assertThat(body.get("transaction").asText()).startsWith("https://localhost:" + port + "/");
            assertThat(body.get("bolt_direct").asText()).isEqualTo("bolt://localhost:7687");

            HttpResponse<String> query = client.send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/db/neo4j/tx/commit"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(TestServer.statements("ROWS 3")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(TestServer.json(query).get("results").get(0).get("data")).hasSize(3);
        }
    }

    @Test
    void reusesTheCertificateOnTheNextStart() throws Exception {
        try (HttpServer server = server()) {
            server.start();
        }
        byte[] first = Files.readAllBytes(certificates.resolve("https").resolve("public.crt"));
        byte[] key = Files.readAllBytes(certificates.resolve("https").resolve("private.key"));

        try (HttpServer server = server()) {
            int port = server.start().https().getPort();
            assertThat(Files.readAllBytes(certificates.resolve("https").resolve("public.crt")))
                    .isEqualTo(first);
            assertThat(Files.readAllBytes(certificates.resolve("https").resolve("private.key")))
                    .isEqualTo(key);
            HttpResponse<String> discovery = trusting(
                            certificates.resolve("https").resolve("public.crt"))
                    .send(
                            HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(discovery.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateIsRefused() throws Exception {
        try (HttpServer server = server()) {
            int port = server.start().https().getPort();
            HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

            assertThatThrownBy(() -> client.send(
                            HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void oneOfTwoCertificateFilesMissingIsAStartError() throws Exception {
        Files.createDirectories(certificates.resolve("https"));
        Files.writeString(certificates.resolve("https").resolve("public.crt"), "not a certificate");
        try (HttpServer server = server()) {
            assertThatThrownBy(server::start).isInstanceOf(IOException.class).hasMessageContaining("private.key");
        }
    }

    private static HttpClient trusting(Path certificateFile) throws Exception {
        X509Certificate certificate;
        try (InputStream in = Files.newInputStream(certificateFile)) {
            certificate =
                    (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("quiver", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(context)
                .build();
    }
}
