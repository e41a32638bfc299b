package org.quiverdb.server.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiverdb.server.config.QuiverHome;

class ServerStopperTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Process process;

    @AfterEach
    void killProcess() {
        if (process != null) {
            process.destroyForcibly();
            process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        }
    }

    @Test
    void aServerIgnoringSigtermIsKilledAfterTheTimeoutWithAMessage() throws Exception {
        // A stand-in server: ignores SIGTERM, and its command line names the launcher's main class.
        process = spawn("trap '' TERM; echo ready; read -t 600 line", Main.class.getName());
        // Signal only once the trap is in place.
        assertThat(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                        .readLine())
                .isEqualTo("ready");
        new RunFiles(dir.resolve("run")).writePid(process.pid());

        int code = stopper().stop(new QuiverHome(dir), Duration.ofMillis(500));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Stopping Quiver (pid " + process.pid() + ")...", "Stopped.");
        assertThat(err.toString()).contains("did not stop within 0s; killing it (SIGKILL)");
        assertThat(process.isAlive()).isFalse();
        assertThat(dir.resolve("run/quiver.pid")).doesNotExist();
    }

    @Test
    void aServerHonouringSigtermStopsWithoutEscalation() throws Exception {
        process = spawn("read -t 600 line", Main.class.getName());
        new RunFiles(dir.resolve("run")).writePid(process.pid());

        assertThat(stopper().stop(new QuiverHome(dir), Duration.ofSeconds(30))).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(process.isAlive()).isFalse();
    }

    @Test
    void aPidThatIsNotQuiverIsNotSignalled() throws Exception {
        process = spawn("read -t 600 line", "something-else");
        new RunFiles(dir.resolve("run")).writePid(process.pid());

        assertThat(stopper().stop(new QuiverHome(dir), Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(err.toString()).contains("which is not a Quiver server; not stopping it");
        assertThat(process.isAlive()).isTrue();
    }

    private ServerStopper stopper() {
        return new ServerStopper(new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** bash running {@code script} with {@code name} as $0 (visible in its command line); stdin stays open. */
    private static Process spawn(String script, String name) throws IOException {
        return new ProcessBuilder("bash", "-c", script, name).start();
    }
}
