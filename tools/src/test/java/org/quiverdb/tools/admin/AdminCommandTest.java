package org.quiverdb.tools.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AdminCommandTest {
    @Test
    void helpListsEveryComingSubcommandAndExitsZero() {
        StringWriter out = new StringWriter();
        CommandLine cmd = AdminCommand.commandLine(Clock.systemUTC()).setOut(new PrintWriter(out));
        assertThat(cmd.execute("--help")).isZero();
        assertThat(out.toString()).contains("set-initial-password").contains("Coming in a later version");
        AdminCommand.COMING.forEach(c -> assertThat(out.toString()).contains(c));
    }

    @Test
    void bareInvocationPrintsUsageAndFails() {
        StringWriter err = new StringWriter();
        CommandLine cmd = AdminCommand.commandLine(Clock.systemUTC()).setErr(new PrintWriter(err));
        assertThat(cmd.execute()).isEqualTo(1);
        assertThat(err.toString()).contains("Usage: quiver-admin");
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        CommandLine cmd = AdminCommand.commandLine(Clock.systemUTC()).setErr(new PrintWriter(new StringWriter()));
        assertThat(cmd.execute("import")).isEqualTo(2);
    }
}
