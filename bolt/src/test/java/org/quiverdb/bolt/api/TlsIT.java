package org.quiverdb.bolt.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.quiverdb.session.api.SessionServices;
import org.quiverdb.session.fake.FakeDatabases;
import org.quiverdb.session.fake.ScriptedEngine;

/** dbms.connector.bolt.tls_level with a driver that trusts the server's certificate. */
class TlsIT {
    @TempDir
    Path dir;

    private static BoltServer server(TlsLevel level, TlsCredentials credentials) {
        return new BoltServer(
                SessionServices.create(new FakeDatabases(), new ScriptedEngine(), Clock.systemUTC()),
                BoltServerConfig.listeningOn(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                        .withTls(level, credentials));
    }

    private static Config trusting(File certificate) {
        return Config.builder()
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withEncryption()
                .withTrustStrategy(Config.TrustStrategy.trustCustomCertificateSignedBy(certificate))
                .build();
    }

    private File pem(TlsCredentials credentials) throws Exception {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(credentials.chain().get(0).getEncoded());
        Path file = dir.resolve("bolt.crt");
        Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n");
        return file.toFile();
    }

    private static long returnOne(Driver driver) {
        try (Session session = driver.session()) {
            return session.run("RETURN 1").single().get(0).asLong();
        }
    }

    @Test
    void requiredTlsServesTrustingDriversAndRefusesPlainOnes() throws Exception {
        TlsCredentials credentials = SelfSignedCertificate.generate("127.0.0.1", Clock.systemUTC(), new SecureRandom());
        BoltServer server = server(TlsLevel.REQUIRED, credentials);
        int port = server.start().getPort();
        try (Driver tls = GraphDatabase.driver(
                        "bolt://127.0.0.1:" + port, AuthTokens.none(), trusting(pem(credentials)));
                Driver plain = GraphDatabase.driver(
                        "bolt://127.0.0.1:" + port,
                        AuthTokens.none(),
                        Config.builder()
                                .withConnectionTimeout(5, TimeUnit.SECONDS)
                                .build())) {
            tls.verifyConnectivity();
            assertThat(returnOne(tls)).isEqualTo(1);
            assertThatThrownBy(plain::verifyConnectivity).isInstanceOf(ServiceUnavailableException.class);
        } finally {
            server.stop();
        }
    }

    @Test
    void optionalTlsServesBothOnOnePortWithAGeneratedCertificate() {
        BoltServer server = server(TlsLevel.OPTIONAL, null);
        int port = server.start().getPort();
        try (Driver tls = GraphDatabase.driver("bolt+ssc://127.0.0.1:" + port, AuthTokens.none());
                Driver plain = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
            assertThat(returnOne(tls)).isEqualTo(1);
            assertThat(returnOne(plain)).isEqualTo(1);
        } finally {
            server.stop();
        }
    }

    @Test
    void disabledTlsRefusesEncryptedDrivers() {
        BoltServer server = server(TlsLevel.DISABLED, null);
        int port = server.start().getPort();
        try (Driver tls = GraphDatabase.driver(
                "bolt+ssc://127.0.0.1:" + port,
                AuthTokens.none(),
                Config.builder().withConnectionTimeout(5, TimeUnit.SECONDS).build())) {
            assertThatThrownBy(tls::verifyConnectivity).isInstanceOf(ServiceUnavailableException.class);
        } finally {
            server.stop();
        }
    }
}
