package org.quiverdb.tools.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.EmbeddedDatabases;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.session.api.AuthToken;
import org.quiverdb.session.api.NativeSecurity;
import org.quiverdb.session.api.SecuritySettings;
import picocli.CommandLine;

class SetInitialPasswordCommandTest {
    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int admin(String... args) {
        CommandLine cmd = AdminCommand.commandLine(Clock.systemUTC())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private String login(String password) {
        try (Databases databases = EmbeddedDatabases.open(home.resolve("data"), KernelSettings.defaults())) {
            return NativeSecurity.open(databases, SecuritySettings.defaults(true), Clock.systemUTC(), new Random(1))
                    .authenticator()
                    .authenticate(AuthToken.basic("neo4j", password));
        }
    }

    @Test
    void theNewPasswordIsStoredInTheSystemDatabaseOfTheHome() {
        assertThat(admin("set-initial-password", "first-secret", "--home", home.toString()))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("Changed password for user 'neo4j'");
        assertThat(login("first-secret")).isEqualTo("neo4j");
        assertThatThrownBy(() -> login("neo4j")).isInstanceOf(QuiverException.class);
    }

    @Test
    void aSecondRunAfterThePasswordWasSetFailsWithoutChangingIt() {
        assertThat(admin("set-initial-password", "first-secret", "--home", home.toString()))
                .isZero();
        assertThat(admin("set-initial-password", "second-secret", "--home", home.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("already has users with passwords set");
        assertThat(login("first-secret")).isEqualTo("neo4j");
    }

    @Test
    void aShortPasswordIsRefusedNamingTheMinimum() {
        assertThat(admin("set-initial-password", "short", "--home", home.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("at least 8");
    }

    @Test
    void requirePasswordChangeIsAccepted() {
        assertThat(admin(
                        "set-initial-password",
                        "must-change-1",
                        "--require-password-change",
                        "--data-directory",
                        home.resolve("data").toString()))
                .isZero();
        assertThat(out.toString()).contains("must be changed at first login");
        assertThat(login("must-change-1")).isEqualTo("neo4j");
    }
}
