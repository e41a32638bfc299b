package org.quiverdb.session.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiverdb.cypher.api.CypherEngines;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.EmbeddedDatabases;
import org.quiverdb.kernel.api.FsyncPolicy;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.session.api.AuthToken;
import org.quiverdb.session.api.NativeSecurity;
import org.quiverdb.session.api.SecuritySettings;
import org.quiverdb.session.api.Session;
import org.quiverdb.session.api.SessionConfig;
import org.quiverdb.session.api.SessionService;
import org.quiverdb.session.api.SessionServices;
import org.quiverdb.session.api.StatementResult;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

class NativeSecurityTest {
    private static final SecuritySettings SETTINGS = new SecuritySettings(true, 3, Duration.ofSeconds(5), 8, 4);

    private final MutableClock clock = new MutableClock();
    private Databases databases =
            EmbeddedDatabases.inMemory(KernelSettings.defaults().withClock(clock));
    private SessionService sessions = open(SETTINGS);

    @AfterEach
    void close() {
        databases.close();
    }

    private SessionService open(SecuritySettings settings) {
        NativeSecurity security = NativeSecurity.open(databases, settings, clock, new Random(3));
        return SessionServices.create(
                databases,
                CypherEngines.create(clock, new Random(5)),
                clock,
                SessionServices.DEFAULT_BOOKMARK_TIMEOUT,
                security);
    }

    private String login(String user, String password) {
        return sessions.authenticate(AuthToken.basic(user, password));
    }

    private List<List<Object>> run(String user, String database, String query) {
        return run(user, database, query, MapValue.EMPTY);
    }

    private List<List<Object>> run(String user, String database, String query, MapValue params) {
        try (Session session = sessions.open(new SessionConfig(user, database))) {
            StatementResult result = session.run(query, params, null, List.of());
            List<List<Object>> rows = new ArrayList<>();
            result.pull(-1, row -> {
                List<Object> out = new ArrayList<>();
                for (Value v : row) {
                    out.add(
                            v instanceof StringValue s
                                    ? s.value()
                                    : v instanceof IntegerValue i ? String.valueOf(i.value()) : v.toString());
                }
                rows.add(out);
            });
            return rows;
        }
    }

    private static void assertStatus(ThrowingCallable call, Status status) {
        assertThatThrownBy(call)
                .isInstanceOf(QuiverException.class)
                .extracting(e -> ((QuiverException) e).status())
                .isEqualTo(status);
    }

    private void changeDefaultPassword() {
        run("neo4j", "system", "ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO 'changed-pw'");
    }

    @Test
    void theDefaultUserLogsInWithTheDefaultPassword() {
        assertThat(login("neo4j", "neo4j")).isEqualTo("neo4j");
    }

    @Test
    void wrongPasswordsUnknownUsersAndOtherSchemesAreUnauthorized() {
        assertStatus(() -> login("neo4j", "wrong"), Status.SECURITY_UNAUTHORIZED);
        assertStatus(() -> login("nobody", "neo4j"), Status.SECURITY_UNAUTHORIZED);
        assertStatus(() -> sessions.authenticate(AuthToken.NONE), Status.SECURITY_UNAUTHORIZED);
        assertThatThrownBy(() -> login("neo4j", "wrong"))
                .hasMessage("The client is unauthorized due to authentication failure.");
    }

    @Test
    void afterMaxFailedAttemptsEvenTheRightPasswordIsRateLimitedUntilTheLockTimePasses() {
        for (int i = 0; i < 3; i++) {
            assertStatus(() -> login("neo4j", "guess"), Status.SECURITY_UNAUTHORIZED);
        }
        assertStatus(() -> login("neo4j", "neo4j"), Status.SECURITY_AUTHENTICATION_RATE_LIMIT);
        clock.advance(Duration.ofMillis(4999));
        assertStatus(() -> login("neo4j", "neo4j"), Status.SECURITY_AUTHENTICATION_RATE_LIMIT);
        clock.advance(Duration.ofMillis(1));
        assertThat(login("neo4j", "neo4j")).isEqualTo("neo4j");
        // A success resets the count: two more failures do not lock.
        assertStatus(() -> login("neo4j", "guess"), Status.SECURITY_UNAUTHORIZED);
        assertStatus(() -> login("neo4j", "guess"), Status.SECURITY_UNAUTHORIZED);
        assertThat(login("neo4j", "neo4j")).isEqualTo("neo4j");
    }

    @Test
    void zeroMaxFailedAttemptsNeverLocks() {
        sessions = open(new SecuritySettings(true, 0, Duration.ofSeconds(5), 8, 4));
        for (int i = 0; i < 5; i++) {
            assertStatus(() -> login("neo4j", "guess"), Status.SECURITY_UNAUTHORIZED);
        }
        assertThat(login("neo4j", "neo4j")).isEqualTo("neo4j");
    }

    @Test
    void expiredCredentialsAllowOnlyChangingThePassword() {
        assertStatus(() -> run("neo4j", null, "RETURN 1"), Status.SECURITY_CREDENTIALS_EXPIRED);
        assertStatus(() -> run("neo4j", "system", "SHOW USERS"), Status.SECURITY_CREDENTIALS_EXPIRED);
        changeDefaultPassword();
        assertThat(run("neo4j", null, "RETURN 1")).containsExactly(List.of("1"));
        assertStatus(() -> login("neo4j", "neo4j"), Status.SECURITY_UNAUTHORIZED);
        assertThat(login("neo4j", "changed-pw")).isEqualTo("neo4j");
    }

    @Test
    void changePasswordProcedureWorksOnAnyDatabase() {
        run(
                "neo4j",
                null,
                "CALL dbms.security.changePassword($p)",
                new MapValue(Map.of("p", StringValue.of("new-pw-123"))));
        assertThat(login("neo4j", "new-pw-123")).isEqualTo("neo4j");
        assertThat(run("neo4j", null, "RETURN 2")).containsExactly(List.of("2"));
    }

    @Test
    void passwordChangesAreCheckedForOldPasswordLengthAndReuse() {
        assertStatus(
                () -> run("neo4j", "system", "ALTER CURRENT USER SET PASSWORD FROM 'bad' TO 'long-enough'"),
                Status.STATEMENT_ARGUMENT_ERROR);
        assertThatThrownBy(() -> run("neo4j", "system", "ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO 'short'"))
                .hasMessageContaining("5 characters (expected: at least 8");
        changeDefaultPassword();
        assertThatThrownBy(() -> run(
                        "neo4j", "system", "ALTER CURRENT USER SET PASSWORD FROM 'changed-pw' TO" + " 'changed-pw'"))
                .hasMessageContaining("equals the old one");
    }

    @Test
    void createdUsersLogInAndMustChangeTheirPasswordUnlessToldOtherwise() {
        changeDefaultPassword();
        run("neo4j", "system", "CREATE USER alice SET PASSWORD 'alice-pw-1'");
        run("neo4j", "system", "CREATE USER bob SET PASSWORD 'bob-pw-12' CHANGE NOT REQUIRED");
        assertThat(login("alice", "alice-pw-1")).isEqualTo("alice");
        assertStatus(() -> run("alice", null, "RETURN 1"), Status.SECURITY_CREDENTIALS_EXPIRED);
        assertThat(run("bob", null, "RETURN 1")).containsExactly(List.of("1"));
        assertThat(run("neo4j", "system", "SHOW USERS"))
                .containsExactly(
                        List.of("alice", "NULL", "TRUE", "FALSE", "NULL"),
                        List.of("bob", "NULL", "FALSE", "FALSE", "NULL"),
                        List.of("neo4j", "NULL", "FALSE", "FALSE", "NULL"));
        assertThat(run("bob", "system", "SHOW CURRENT USER"))
                .containsExactly(List.of("bob", "NULL", "FALSE", "FALSE", "NULL"));
    }

    @Test
    void createAlterAndDropFollowNeo4jsRules() {
        changeDefaultPassword();
        run("neo4j", "system", "CREATE USER alice SET PASSWORD 'alice-pw-1'");
        assertThatThrownBy(() -> run("neo4j", "system", "CREATE USER alice SET PASSWORD 'alice-pw-2'"))
                .hasMessageContaining("already exists");
        run("neo4j", "system", "CREATE USER alice IF NOT EXISTS SET PASSWORD 'alice-pw-2'");
        assertThat(login("alice", "alice-pw-1")).isEqualTo("alice");
        run("neo4j", "system", "ALTER USER alice SET STATUS SUSPENDED");
        assertStatus(() -> login("alice", "alice-pw-1"), Status.SECURITY_UNAUTHORIZED);
        run("neo4j", "system", "ALTER USER alice SET STATUS ACTIVE SET PASSWORD 'alice-pw-3' CHANGE NOT REQUIRED");
        assertThat(run("alice", null, "RETURN 3")).containsExactly(List.of("3"));
        assertStatus(
                () -> run("neo4j", "system", "ALTER USER nobody SET STATUS ACTIVE"), Status.STATEMENT_ARGUMENT_ERROR);
        run("neo4j", "system", "ALTER USER nobody IF EXISTS SET STATUS ACTIVE");
        assertThatThrownBy(() -> run("neo4j", "system", "DROP USER neo4j")).hasMessageContaining("current user");
        run("neo4j", "system", "DROP USER alice");
        assertStatus(() -> login("alice", "alice-pw-3"), Status.SECURITY_UNAUTHORIZED);
        assertStatus(() -> run("neo4j", "system", "DROP USER alice"), Status.STATEMENT_ARGUMENT_ERROR);
        run("neo4j", "system", "DROP USER alice IF EXISTS");
    }

    @Test
    void userCommandsRunOnlyOnTheSystemDatabase() {
        changeDefaultPassword();
        assertThatThrownBy(() -> run("neo4j", "neo4j", "SHOW USERS"))
                .hasMessageContaining("expected: administration commands run on the system database");
    }

    @Test
    void usersAreNodesInTheSystemDatabaseAndSurviveARestart(@TempDir Path home) {
        databases.close();
        KernelSettings kernel = KernelSettings.defaults().withClock(clock).withFsyncPolicy(FsyncPolicy.NEVER);
        databases = EmbeddedDatabases.open(home, kernel);
        sessions = open(SETTINGS);
        changeDefaultPassword();
        run("neo4j", "system", "CREATE USER carol SET PASSWORD 'carol-pw-1' CHANGE NOT REQUIRED");
        assertThat(run("carol", "system", "MATCH (u:User) RETURN u.name ORDER BY u.name"))
                .containsExactly(List.of("carol"), List.of("neo4j"));
        databases.close();

        databases = EmbeddedDatabases.open(home, kernel);
        sessions = open(SETTINGS);
        assertThat(login("carol", "carol-pw-1")).isEqualTo("carol");
        assertThat(login("neo4j", "changed-pw")).isEqualTo("neo4j");
    }

    @Test
    void withAuthDisabledEveryTokenIsAcceptedAndNoPasswordChangeIsForced() {
        sessions = open(new SecuritySettings(false, 3, Duration.ofSeconds(5), 8, 4));
        assertThat(sessions.authenticate(AuthToken.NONE)).isEmpty();
        assertThat(run("neo4j", null, "RETURN 1")).containsExactly(List.of("1"));
        run("", "system", "CREATE USER dave SET PASSWORD 'dave-pw-1'");
        assertThat(run("", "system", "SHOW USERS")).hasSize(2);
    }

    @Test
    void setInitialPasswordWorksOnlyOnAPristineSystemDatabase() {
        NativeSecurity security = NativeSecurity.open(databases, SETTINGS, clock, new Random(9));
        assertThatThrownBy(() -> security.setInitialPassword("short", false)).hasMessageContaining("at least 8");
        security.setInitialPassword("initial-pw", false);
        sessions = open(SETTINGS);
        assertThat(run("neo4j", null, "RETURN 1")).containsExactly(List.of("1"));
        assertThatThrownBy(() -> security.setInitialPassword("another-pw", true))
                .hasMessageContaining("already has users with passwords set");
    }
}
