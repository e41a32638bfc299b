package org.quiverdb.bolt.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quiverdb.cypher.api.CypherEngines;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.EmbeddedDatabases;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.session.api.NativeSecurity;
import org.quiverdb.session.api.SecuritySettings;
import org.quiverdb.session.api.SessionServices;

/**
 * Older drivers (4.4 on Bolt 4.4, 1.7 on Bolt 3) against native authentication: HELLO carries the
 * credentials, a wrong password is Unauthorized, and the default password must be changed first.
 */
class LegacyDriverAuthIT {
    private Databases databases;
    private BoltServer server;
    private String uri;

    @BeforeEach
    void start() {
        databases = EmbeddedDatabases.inMemory(KernelSettings.defaults());
        SecuritySettings settings = new SecuritySettings(true, 3, Duration.ofSeconds(5), 8, 10);
        NativeSecurity security = NativeSecurity.open(databases, settings, Clock.systemUTC(), new SecureRandom());
        server = new BoltServer(
                SessionServices.create(
                        databases,
                        CypherEngines.create(Clock.systemUTC(), new Random(7)),
                        Clock.systemUTC(),
                        SessionServices.DEFAULT_BOOKMARK_TIMEOUT,
                        security),
                BoltServerConfig.listeningOn(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
        uri = "bolt://127.0.0.1:" + server.start().getPort();
    }

    @AfterEach
    void stop() {
        server.stop();
        databases.close();
    }

    private static Object run(LegacyDriver driver, String query) throws Exception {
        Object session = driver.session();
        try {
            return LegacyDriver.call(LegacyDriver.call(session, "run", query, Map.of()), "list");
        } finally {
            LegacyDriver.call(session, "close");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.4.18", "1.7.6"})
    void aWrongPasswordIsUnauthorized(String version) {
        assertThatThrownBy(() -> {
                    try (LegacyDriver driver = new LegacyDriver(version, uri, "neo4j", "wrong-pw")) {
                        run(driver, "RETURN 1");
                    }
                })
                .satisfies(e ->
                        assertThat(LegacyDriver.call(e, "code")).isEqualTo("Neo.ClientError.Security.Unauthorized"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.4.18", "1.7.6"})
    void theDefaultPasswordIsExpiredUntilChangedWithTheProcedure(String version) throws Exception {
        try (LegacyDriver driver = new LegacyDriver(version, uri, "neo4j", "neo4j")) {
            assertThatThrownBy(() -> run(driver, "RETURN 1")).satisfies(e -> assertThat(LegacyDriver.call(e, "code"))
                    .isEqualTo("Neo.ClientError.Security.CredentialsExpired"));
            run(driver, "CALL dbms.security.changePassword('legacy-pw-1')");
        }
        try (LegacyDriver driver = new LegacyDriver(version, uri, "neo4j", "legacy-pw-1")) {
            assertThat(run(driver, "RETURN 1").toString()).contains("1");
        }
    }
}
