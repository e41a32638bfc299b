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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.quiverdb.session.api.SessionServices;
import org.quiverdb.session.fake.FakeDatabases;
import org.quiverdb.session.fake.ScriptedEngine;

/**
 * The official npm {@code neo4j-driver} (5.28: manifest handshake, Bolt 5.8, numbers as floats)
 * against the server, through {@code src/test/js/check.js}. Runs when node and the package are
 * installed ({@code cd bolt/src/test/js && npm install}); skipped otherwise.
 */
class JavaScriptDriverIT {
    @Test
    void javascriptDriverPassesItsChecks() throws Exception {
        Path dir = Path.of("src", "test", "js");
        Assumptions.assumeTrue(
                Files.isDirectory(dir.resolve("node_modules").resolve("neo4j-driver")),
                "run npm install in bolt/src/test/js to enable");
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
}
