package org.quiverdb.server.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class QuiverCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> env, String... args) {
        LaunchContext context =
                new LaunchContext(env, Clock.systemUTC(), new Random(42), Optional.of(dir.resolve("dist")), "java", "");
        CommandLine cmd = QuiverCommand.commandLine(context);
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void jvmOptionsReadTheHomesConfAndTheSets() throws IOException {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("conf"));
        Files.write(home.resolve("conf/quiver.conf"), List.of("dbms.memory.heap.max_size=1g"), StandardCharsets.UTF_8);
        int code = run(Map.of(), "jvm-options", "--home", home.toString(), "--set", "dbms.jvm.additional=-Da=b");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().lines()).containsExactly("-Xmx1g", "-Da=b");
    }

    @Test
    void optionsBeforeTheSubcommandCountAndSetsAfterItWin() {
        int code = run(
                Map.of(),
                "--set",
                "dbms.memory.heap.max_size=1g",
                "--home",
                dir.toString(),
                "jvm-options",
                "--set",
                "dbms.memory.heap.max_size=2g");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().lines()).containsExactly("-Xmx2g");
    }

    @Test
    void homeComesFromQuiverHomeWhenNotGiven() throws IOException {
        Path home = dir.resolve("from-env");
        Files.createDirectories(home.resolve("conf"));
        Files.write(home.resolve("conf/quiver.conf"), List.of("dbms.memory.heap.max_size=3g"), StandardCharsets.UTF_8);
        assertThat(run(Map.of("QUIVER_HOME", home.toString()), "jvm-options")).isZero();
        assertThat(out.toString().lines()).containsExactly("-Xmx3g");
    }

    @Test
    void invalidConfigurationIsReportedWithExitCodeOne() {
        int code = run(Map.of(), "jvm-options", "--home", dir.toString(), "--set", "dbms.memory.heap.max_size=huge");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .contains("Quiver cannot start: invalid configuration")
                .contains("invalid value for 'dbms.memory.heap.max_size': 'huge' is not a size (--set;");
    }

    @Test
    void statusOfAnEmptyHomeIsNotRunningWithExitCodeThree() {
        assertThat(run(Map.of(), "status", "--home", dir.toString())).isEqualTo(3);
        assertThat(out.toString()).contains("Quiver is not running in " + dir);
    }

    @Test
    void stopWithoutAServerSaysSoAndSucceeds() {
        assertThat(run(Map.of(), "stop", "--home", dir.toString())).isZero();
        assertThat(out.toString()).contains("Quiver is not running");
    }

    @Test
    void stalePidFileIsRemovedByStop() throws IOException {
        RunFiles run = new RunFiles(dir.resolve("run"));
        run.writePid(Long.MAX_VALUE - 1);
        assertThat(run(Map.of(), "stop", "--home", dir.toString())).isZero();
        assertThat(out.toString()).contains("removed a stale pid file");
        assertThat(run.pidFile()).doesNotExist();
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(run(Map.of(), "version")).isZero();
        assertThat(out.toString()).startsWith("quiver ");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(run(Map.of(), "launch")).isEqualTo(2);
        assertThat(err.toString()).contains("launch");
    }
}
