package org.quiverdb.tools.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ShellCommandTest {
    @Test
    void saysTheShellIsNotAvailableAndFails() {
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new ShellCommand()).setErr(new PrintWriter(err));
        assertThat(cmd.execute()).isEqualTo(1);
        assertThat(err.toString()).contains("not available in this version yet").contains("cypher-shell");
    }
}
