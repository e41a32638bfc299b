package org.quiverdb.bolt.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.quiverdb.session.api.SessionServices;
import org.quiverdb.session.fake.FakeDatabases;
import org.quiverdb.session.fake.ScriptedEngine;

/**
 * The official npm {@code neo4j-driver} (5.28: manifest handshake, Bolt 5.8, numbers as floats)
 * against the server, through {@code src/test/js/check.js}. Where node and npm are on the PATH the
 * test installs the locked package itself ({@code npm ci}), so CI and a developer's {@code mvn -B
 * verify} both run it; on a machine with only a JDK and Maven it is skipped.
 */
class JavaScriptDriverIT {
    @Test
    void javascriptDriverPassesItsChecks() throws Exception {
        Path dir = Path.of("src", "test", "js");
        Assumptions.assumeTrue(onPath("node") && onPath("npm"), "node and npm are not on the PATH");
        if (!Files.isDirectory(dir.resolve("node_modules").resolve("neo4j-driver"))) {
            installDriver(dir);
        }
        BoltServer server = new BoltServer(
                SessionServices.create(new FakeDatabases(), new ScriptedEngine(), Clock.systemUTC()),
                BoltServerConfig.listeningOn(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
        int port = server.start().getPort();
        try {
            File log = Files.createTempFile("quiver-js-check", ".log").toFile();
            Process process = new ProcessBuilder("node", "check.js", String.valueOf(port))
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log)
                    .start();
            boolean finished = process.waitFor(60, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
            assertThat(finished).as(output).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("all checks passed");
        } finally {
            server.stop();
        }
    }

    private static void installDriver(Path dir) throws Exception {
        File log = Files.createTempFile("quiver-npm-ci", ".log").toFile();
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
        boolean finished = npm.waitFor(300, TimeUnit.SECONDS);
        if (!finished) {
            npm.destroyForcibly();
        }
        String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
        assertThat(finished).as("npm ci timed out: " + output).isTrue();
        assertThat(npm.exitValue()).as("npm ci failed: " + output).isZero();
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        return Pattern.compile(Pattern.quote(File.pathSeparator))
                .splitAsStream(path)
                .anyMatch(entry -> !entry.isEmpty() && Files.isExecutable(Path.of(entry, command)));
    }
}
