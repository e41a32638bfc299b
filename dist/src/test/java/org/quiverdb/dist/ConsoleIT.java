package org.quiverdb.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quiver console}: the foreground server, stopped by SIGTERM as Ctrl-C or a service manager would. */
class ConsoleIT {
    @TempDir
    Path dir;

    private Process console;

    @AfterEach
    void killConsole() {
        if (console != null && console.isAlive()) {
            console.destroyForcibly();
            console.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        }
    }

    @Test
    void consolePrintsWhereItRunsAndStopsGracefullyOnSigterm() throws Exception {
        Path home = dir.resolve("console");
        List<String> command = new ArrayList<>(
                List.of(QuiverCli.DIST.resolve("bin/quiver").toString(), "console", "--home", home.toString()));
        command.addAll(QuiverCli.freeListeners());
        console = new ProcessBuilder(command).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readLines(console, lines), "console-reader");
        reader.setDaemon(true);
        reader.start();

        List<String> seen = awaitLine(lines, "Started.");
        assertThat(String.join("\n", seen))
                .contains("Starting Quiver", "Home: " + home, "Data: " + home.resolve("data"));
        // bin/quiver execs the server JVM, so the process we started is the server itself.
        assertThat(QuiverCli.pid(home)).contains(console.pid());

        console.destroy();
        assertThat(console.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(home.resolve("run/quiver.pid")).doesNotExist();
        assertThat(Files.readString(home.resolve("logs/quiver.log"), StandardCharsets.UTF_8))
                .contains("Stopping...", "Stopped.");
    }

    private static List<String> awaitLine(BlockingQueue<String> lines, String wanted) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        while (true) {
            String line = lines.poll(60, TimeUnit.SECONDS);
            assertThat(line).as("output so far: " + seen).isNotNull();
            seen.add(line);
            if (line.contains(wanted) || seen.size() > 10_000) {
                return seen;
            }
        }
    }

    private static void readLines(Process p, BlockingQueue<String> lines) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(reading the console failed: " + e + ")");
        }
    }
}
