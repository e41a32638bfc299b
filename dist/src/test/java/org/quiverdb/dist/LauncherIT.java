package org.quiverdb.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code quiver} command of the built distribution, run as a process exactly as a user runs it. */
class LauncherIT {
    @TempDir
    Path dir;

    private final QuiverCli cli = new QuiverCli();

    @AfterEach
    void killLeftovers() {
        cli.killAll();
    }

    @Test
    void startStatusStopRoundTrip() throws IOException {
        Path home = dir.resolve("q1");
        QuiverCli.Result start = cli.quiver(home, args("start", QuiverCli.freeListeners()));
        assertThat(start.exitCode()).as(start.all()).isZero();
        assertThat(start.out()).contains("Quiver started (pid ");
        assertThat(home.resolve("run/quiver.pid")).exists();
        assertThat(home.resolve("conf")).isDirectory();
        assertThat(home.resolve("data")).isDirectory();

        QuiverCli.Result status = cli.quiver(home, "status");
        assertThat(status.exitCode()).as(status.all()).isZero();
        assertThat(status.out()).contains("Quiver is running in " + home);

        QuiverCli.Result stop = cli.quiver(home, "stop");
        assertThat(stop.exitCode()).as(stop.all()).isZero();
        assertThat(stop.out()).contains("Stopped.");
        assertThat(home.resolve("run/quiver.pid")).doesNotExist();

        QuiverCli.Result after = cli.quiver(home, "status");
        assertThat(after.exitCode()).isEqualTo(3);
        assertThat(after.out()).contains("Quiver is not running");

        String userLog = Files.readString(home.resolve("logs/quiver.log"), StandardCharsets.UTF_8);
        assertThat(userLog).contains("Starting Quiver", "Data: " + home.resolve("data"), "Started.", "Stopped.");
        assertThat(home.resolve("logs/debug.log")).exists();
    }

    @Test
    void startOnATakenPortFailsNamingPortAndSetting() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            Path home = dir.resolve("taken");
            List<String> sets = new ArrayList<>(QuiverCli.freeListeners());
            sets.addAll(List.of("--set", "dbms.connector.bolt.listen_address=127.0.0.1:" + port));
            QuiverCli.Result start = cli.quiver(home, args("start", sets));
            assertThat(start.exitCode()).as(start.all()).isEqualTo(1);
            assertThat(start.err())
                    .contains("port " + port)
                    .contains("dbms.connector.bolt.listen_address=127.0.0.1:" + port);
            assertThat(QuiverCli.pid(home)).isEmpty();
        }
    }

    @Test
    void secondServerOnTheBoltPortOfARunningOneFailsNamingPortAndSetting() {
        int bolt = QuiverCli.freePort();
        String boltSet = "dbms.connector.bolt.listen_address=127.0.0.1:" + bolt;
        Path first = dir.resolve("first");
        List<String> firstSets = new ArrayList<>(QuiverCli.freeListeners());
        firstSets.addAll(List.of("--set", boltSet));
        QuiverCli.Result a = cli.quiver(first, args("start", firstSets));
        assertThat(a.exitCode()).as(a.all()).isZero();

        Path second = dir.resolve("second");
        List<String> secondSets = new ArrayList<>(QuiverCli.freeListeners());
        secondSets.addAll(List.of("--set", boltSet));
        QuiverCli.Result b = cli.quiver(second, args("start", secondSets));
        assertThat(b.exitCode()).as(b.all()).isEqualTo(1);
        assertThat(b.err()).contains("port " + bolt).contains(boltSet);
        assertThat(cli.quiver(first, "status").exitCode()).isZero();
        assertThat(cli.quiver(first, "stop").exitCode()).isZero();
    }

    @Test
    void misspeltKeyInTheConfFileFailsWithLineAndSuggestion() throws IOException {
        Path home = dir.resolve("typo");
        Files.createDirectories(home.resolve("conf"));
        Files.write(
                home.resolve("conf/quiver.conf"),
                List.of("# my settings", "dbms.conector.bolt.enabled=false"),
                StandardCharsets.UTF_8);
        for (String command : List.of("start", "console")) {
            QuiverCli.Result r = cli.quiver(home, command);
            assertThat(r.exitCode()).as(command + ": " + r.all()).isEqualTo(1);
            assertThat(r.err())
                    .contains("unknown setting 'dbms.conector.bolt.enabled' (conf/quiver.conf:2; did you mean"
                            + " 'dbms.connector.bolt.enabled'?)");
        }
    }

    @Test
    void badValueInSetFailsNamingKeyValueAndWhatIsValid() {
        QuiverCli.Result r =
                cli.quiver(dir.resolve("bad"), "start", "--set", "dbms.connector.bolt.listen_address=:99999");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err())
                .contains("invalid value for 'dbms.connector.bolt.listen_address': ':99999' has an invalid port"
                        + " '99999' (--set; expected: host:port or :port");
    }

    @Test
    void enablingARowNotBuiltYetIsAStartupError() {
        QuiverCli.Result r = cli.quiver(dir.resolve("backup"), "start", "--set", "dbms.backup.enabled=true");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("'dbms.backup.enabled=true' turns on online backup");
    }

    @Test
    void jvmOptionsFromTheConfReachTheServerJvmAndJmxListens() throws IOException {
        Path home = dir.resolve("jvm");
        int jmx = QuiverCli.freePort();
        Files.createDirectories(home.resolve("conf"));
        Files.write(
                home.resolve("conf/quiver.conf"),
                List.of(
                        "dbms.memory.heap.max_size=256m",
                        "dbms.jvm.additional=-Dquiver.it.marker=42",
                        "dbms.jvm.additional=-Dcom.sun.management.jmxremote.port=" + jmx,
                        "dbms.jvm.additional=-Dcom.sun.management.jmxremote.host=127.0.0.1",
                        "dbms.jvm.additional=-Dcom.sun.management.jmxremote.authenticate=false",
                        "dbms.jvm.additional=-Dcom.sun.management.jmxremote.ssl=false"),
                StandardCharsets.UTF_8);
        QuiverCli.Result start = cli.quiver(home, args("start", QuiverCli.freeListeners()));
        assertThat(start.exitCode()).as(start.all()).isZero();
        long pid = QuiverCli.pid(home).orElseThrow();
        String commandLine =
                ProcessHandle.of(pid).orElseThrow().info().commandLine().orElse("");
        assertThat(commandLine).contains("-Xmx256m", "-Dquiver.it.marker=42");
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), jmx), 5000);
        }
        assertThat(cli.quiver(home, "stop").exitCode()).isZero();
    }

    @Test
    void twoServersWithDifferentHomesRunSideBySide() {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertThat(cli.quiver(a, args("start", QuiverCli.freeListeners())).exitCode())
                .isZero();
        assertThat(cli.quiver(b, args("start", QuiverCli.freeListeners())).exitCode())
                .isZero();
        assertThat(QuiverCli.pid(a)).isNotEqualTo(QuiverCli.pid(b));
        assertThat(cli.quiver(a, "status").exitCode()).isZero();
        assertThat(cli.quiver(b, "status").exitCode()).isZero();
        assertThat(cli.quiver(a, "stop").exitCode()).isZero();
        assertThat(cli.quiver(b, "status").exitCode()).isZero();
        assertThat(cli.quiver(b, "stop").exitCode()).isZero();
    }

    @Test
    void versionAndTheOtherScriptsSayWhatTheyAre() {
        QuiverCli.Result version = cli.quiver(dir.resolve("v"), "version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("quiver 0.");
        QuiverCli.Result help = cli.script("quiver", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("console", "start", "stop", "restart", "status", "version");
        QuiverCli.Result admin = cli.script("quiver-admin", "--help");
        assertThat(admin.exitCode()).isZero();
        assertThat(admin.out()).contains("set-initial-password", "Coming in a later version");
        QuiverCli.Result shell = cli.script("quiver-shell");
        assertThat(shell.exitCode()).isEqualTo(1);
        assertThat(shell.err()).contains("not available in this version yet");
    }

    @Test
    void theTarballUnpacksIntoARunnableDistribution() throws Exception {
        Path tarball;
        try (var files = Files.list(QuiverCli.DIST.getParent())) {
            tarball = files.filter(f -> f.getFileName().toString().matches("quiver-.*\\.tar\\.gz"))
                    .findFirst()
                    .orElseThrow();
        }
        Process tar = new ProcessBuilder("tar", "xzf", tarball.toString(), "-C", dir.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).isZero();
        String name = tarball.getFileName().toString().replace(".tar.gz", "");
        Path bin = dir.resolve(name).resolve("bin/quiver");
        assertThat(bin).isExecutable();
        assertThat(dir.resolve(name).resolve("conf/quiver.conf")).exists();
        Process version = new ProcessBuilder(bin.toString(), "version").start();
        assertThat(version.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .startsWith("quiver " + name.substring("quiver-".length()));
    }

    private static String[] args(String command, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(rest);
        return all.toArray(new String[0]);
    }
}
