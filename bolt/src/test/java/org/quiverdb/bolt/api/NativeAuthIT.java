package org.quiverdb.bolt.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.quiverdb.cypher.api.CypherEngines;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.EmbeddedDatabases;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.session.api.NativeSecurity;
import org.quiverdb.session.api.SecuritySettings;
import org.quiverdb.session.api.SessionServices;

/** The 5.x driver against native authentication: Bolt HELLO, LOGON/LOGOFF and the user statements. */
class NativeAuthIT {
    private static final Duration LOCK_TIME = Duration.ofMillis(300);

    private Databases databases;
    private BoltServer server;
    private int port;

    @BeforeEach
    void start() {
        databases = EmbeddedDatabases.inMemory(KernelSettings.defaults());
        // Cheap hashes (2^10) keep the suite fast; the production cost is exercised by the unit tests.
        SecuritySettings settings = new SecuritySettings(true, 3, LOCK_TIME, 8, 10);
        NativeSecurity security = NativeSecurity.open(databases, settings, Clock.systemUTC(), new SecureRandom());
        server = new BoltServer(
                SessionServices.create(
                        databases,
                        CypherEngines.create(Clock.systemUTC(), new Random(42)),
                        Clock.systemUTC(),
                        SessionServices.DEFAULT_BOOKMARK_TIMEOUT,
                        security),
                BoltServerConfig.listeningOn(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
        port = server.start().getPort();
    }

    @AfterEach
    void stop() {
        server.stop();
        databases.close();
    }

    private Driver driver(AuthToken token) {
        return GraphDatabase.driver(
                "bolt://127.0.0.1:" + port,
                token,
                Config.builder()
                        .withConnectionTimeout(10, TimeUnit.SECONDS)
                        .withoutEncryption()
                        .build());
    }

    private static String code(Throwable e) {
        return ((Neo4jException) e).code();
    }

    private void changeDefaultPassword(String newPassword) {
        try (Driver driver = driver(AuthTokens.basic("neo4j", "neo4j"));
                Session system = driver.session(SessionConfig.forDatabase("system"))) {
            system.run("ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $p", Map.of("p", newPassword))
                    .consume();
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithUnauthorized() {
        try (Driver driver = driver(AuthTokens.basic("neo4j", "wrong-password"))) {
            assertThatThrownBy(driver::verifyConnectivity)
                    .satisfies(e -> assertThat(code(e)).isEqualTo("Neo.ClientError.Security.Unauthorized"))
                    .hasMessageContaining("authentication failure");
        }
    }

    @Test
    void noCredentialsAreRefused() {
        try (Driver driver = driver(AuthTokens.none())) {
            assertThatThrownBy(driver::verifyConnectivity)
                    .satisfies(e -> assertThat(code(e)).isEqualTo("Neo.ClientError.Security.Unauthorized"));
        }
    }

    @Test
    void theDefaultPasswordMustBeChangedBeforeAnythingElse() {
        try (Driver driver = driver(AuthTokens.basic("neo4j", "neo4j"));
                Session session = driver.session()) {
            assertThatThrownBy(() -> session.run("RETURN 1").consume())
                    .satisfies(e -> assertThat(code(e)).isEqualTo("Neo.ClientError.Security.CredentialsExpired"));
        }
        changeDefaultPassword("first-real-pw");
        try (Driver driver = driver(AuthTokens.basic("neo4j", "first-real-pw"));
                Session session = driver.session()) {
            assertThat(session.run("RETURN 41 + 1 AS n").single().get("n").asInt())
                    .isEqualTo(42);
        }
        try (Driver driver = driver(AuthTokens.basic("neo4j", "neo4j"))) {
            assertThatThrownBy(driver::verifyConnectivity)
                    .satisfies(e -> assertThat(code(e)).isEqualTo("Neo.ClientError.Security.Unauthorized"));
        }
    }

    @Test
    void theChangePasswordProcedureAlsoLiftsTheExpiry() {
        try (Driver driver = driver(AuthTokens.basic("neo4j", "neo4j"));
                Session session = driver.session()) {
            session.run("CALL dbms.security.changePassword('proc-changed-pw')").consume();
        }
        try (Driver driver = driver(AuthTokens.basic("neo4j", "proc-changed-pw"));
                Session session = driver.session()) {
            assertThat(session.run("RETURN 1 AS n").single().get("n").asInt()).isEqualTo(1);
        }
    }

    @Test
    void repeatedFailuresLockTheUserOutUntilTheLockTimePasses() {
        changeDefaultPassword("lock-test-pw");
        for (int i = 0; i < 3; i++) {
            try (Driver driver = driver(AuthTokens.basic("neo4j", "guess-" + i))) {
                assertThatThrownBy(driver::verifyConnectivity)
                        .satisfies(e -> assertThat(code(e)).isEqualTo("Neo.ClientError.Security.Unauthorized"));
            }
        }
        try (Driver driver = driver(AuthTokens.basic("neo4j", "lock-test-pw"))) {
            assertThatThrownBy(driver::verifyConnectivity)
                    .satisfies(e -> assertThat(code(e)).isEqualTo("Neo.ClientError.Security.AuthenticationRateLimit"));
        }
        // Released once the lock time has passed: retry the right password until it works, bounded.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try (Driver driver = driver(AuthTokens.basic("neo4j", "lock-test-pw"))) {
                driver.verifyConnectivity();
                break;
            } catch (Neo4jException e) {
                assertThat(code(e)).isEqualTo("Neo.ClientError.Security.AuthenticationRateLimit");
                assertThat(System.nanoTime()).isLessThan(deadline);
                Thread.onSpinWait();
            }
        }
    }

    @Test
    void usersCreatedWithCypherLogInAndAreListed() {
        changeDefaultPassword("admin-pw-1");
        try (Driver admin = driver(AuthTokens.basic("neo4j", "admin-pw-1"));
                Session system = admin.session(SessionConfig.forDatabase("system"))) {
            system.run("CREATE USER alice SET PASSWORD 'alice-pw-1' CHANGE NOT REQUIRED")
                    .consume();
            system.run("CREATE USER bob IF NOT EXISTS SET PASSWORD $pw SET STATUS SUSPENDED", Map.of("pw", "bob-pw-12"))
                    .consume();
            List<Record> users = system.run("SHOW USERS").list();
            assertThat(users).extracting(r -> r.get("user").asString()).containsExactly("alice", "bob", "neo4j");
            assertThat(users.get(1).get("suspended").asBoolean()).isTrue();
            assertThat(users.get(0).get("passwordChangeRequired").asBoolean()).isFalse();
        }
        try (Driver alice = driver(AuthTokens.basic("alice", "alice-pw-1"));
                Session system = alice.session(SessionConfig.forDatabase("system"))) {
            assertThat(system.run("SHOW CURRENT USER").single().get("user").asString())
                    .isEqualTo("alice");
        }
        try (Driver bob = driver(AuthTokens.basic("bob", "bob-pw-12"))) {
            assertThatThrownBy(bob::verifyConnectivity)
                    .satisfies(e -> assertThat(code(e)).isEqualTo("Neo.ClientError.Security.Unauthorized"));
        }
        try (Driver admin = driver(AuthTokens.basic("neo4j", "admin-pw-1"));
                Session system = admin.session(SessionConfig.forDatabase("system"))) {
            system.run("DROP USER alice").consume();
        }
        try (Driver alice = driver(AuthTokens.basic("alice", "alice-pw-1"))) {
            assertThatThrownBy(alice::verifyConnectivity)
                    .satisfies(e -> assertThat(code(e)).isEqualTo("Neo.ClientError.Security.Unauthorized"));
        }
    }

    @Test
    void sessionLevelAuthReauthenticatesWithLogoffAndLogon() {
        changeDefaultPassword("admin-pw-2");
        try (Driver admin = driver(AuthTokens.basic("neo4j", "admin-pw-2"))) {
            try (Session system = admin.session(SessionConfig.forDatabase("system"))) {
                system.run("CREATE USER carol SET PASSWORD 'carol-pw-1' CHANGE NOT REQUIRED")
                        .consume();
            }
            try (Session carol = admin.session(
                    Session.class, SessionConfig.forDatabase("system"), AuthTokens.basic("carol", "carol-pw-1"))) {
                assertThat(carol.run("SHOW CURRENT USER").single().get("user").asString())
                        .isEqualTo("carol");
            }
            try (Session wrong = admin.session(
                    Session.class, SessionConfig.defaultConfig(), AuthTokens.basic("carol", "not-carols"))) {
                assertThatThrownBy(() -> wrong.run("RETURN 1").consume())
                        .satisfies(e -> assertThat(code(e)).isEqualTo("Neo.ClientError.Security.Unauthorized"));
            }
            try (Session system = admin.session(SessionConfig.forDatabase("system"))) {
                assertThat(system.run("SHOW CURRENT USER").single().get("user").asString())
                        .isEqualTo("neo4j");
            }
        }
    }
}
