package org.quiverdb.bench.side;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.quiverdb.bench.SuppressForbidden;

/**
 * Neo4j Community 5.26 in a child JVM: the classpath of {@code org.neo4j.test:neo4j-harness}
 * (resolved from bench/neo4j/pom.xml, so Neo4j keeps its own netty and jackson), started through
 * Neo4j's own entry point on a fresh home with a neo4j.conf the runner writes: auth off, Bolt on a
 * free loopback port, HTTP/HTTPS off, usage reports off, no schema (Quiver has no indexes yet).
 * Confined to one thread.
 */
@SuppressForbidden
final class Neo4jServer implements ServerProcess {
    private static final Duration START_LIMIT = Duration.ofMinutes(4);
    private static final Duration RESOLVE_LIMIT = Duration.ofMinutes(8);
    private static final String ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint";

    private final Process process;
    private final int port;
    private final Path home;

    private Neo4jServer(Process process, int port, Path home) {
        this.process = process;
        this.port = port;
        this.home = home;
    }

    /** Starts Neo4j in a new home under {@code work}; {@code neo4jPom} names its classpath. */
    static Neo4jServer start(Path neo4jPom, Path work, JvmFlags flags) throws IOException {
        String classpath = classpath(neo4jPom, work);
        Path home = Files.createDirectories(work.resolve("neo4j-home"));
        Path conf = Files.createDirectories(home.resolve("conf"));
        int port = FreePort.pick();
        Files.write(
                conf.resolve("neo4j.conf"),
                List.of(
                        "dbms.security.auth_enabled=false",
                        "dbms.usage_report.enabled=false",
                        "server.default_listen_address=127.0.0.1",
                        "server.bolt.listen_address=127.0.0.1:" + port,
                        "server.bolt.advertised_address=127.0.0.1:" + port,
                        "server.http.enabled=false",
                        "server.https.enabled=false",
                        // Off heap, so it is not in the heap figure; sized to hold the small graph.
                        "server.memory.pagecache.size=512m"),
                StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags.options("neo4j"));
        command.addAll(List.of("-cp", classpath, ENTRY_POINT, "--home-dir=" + home, "--config-dir=" + conf));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("neo4j-console.log").toFile())
                .start();
        Neo4jServer server = new Neo4jServer(process, port, home);
        server.awaitStarted(home.resolve("logs/neo4j.log"));
        return server;
    }

    /** Resolves the harness classpath with Maven (offline first, then online). */
    private static String classpath(Path neo4jPom, Path work) throws IOException {
        Path out = work.resolve("neo4j.classpath");
        Path log = work.resolve("neo4j-resolve.log");
        List<String> offline = List.of(
                "mvn",
                "-B",
                "-q",
                "-o",
                "-f",
                neo4jPom.toString(),
                "dependency:build-classpath",
                "-Dmdep.outputFile=" + out);
        if (ChildProcess.run(offline, log, RESOLVE_LIMIT) != 0) {
            List<String> online = new ArrayList<>(offline);
            online.remove("-o");
            ChildProcess.runChecked(online, log, RESOLVE_LIMIT);
        }
        return Files.readString(out, StandardCharsets.UTF_8).trim();
    }

    private void awaitStarted(Path log) throws IOException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Neo4j exited with " + process.exitValue() + " while starting\n"
                        + ChildProcess.tail(
                                log.getParent().getParent().getParent().resolve("neo4j-console.log"))
                        + "\n" + ChildProcess.tail(log));
            }
            if (Files.exists(log)
                    && Files.readString(log, StandardCharsets.UTF_8).contains(" Started.")) {
                return;
            }
            pause();
        }
        close();
        throw new IllegalStateException("Neo4j did not start within " + START_LIMIT + "\n" + ChildProcess.tail(log));
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Neo4j", e);
        }
    }

    @Override
    public String engine() {
        return "neo4j";
    }

    @Override
    public String boltUri() {
        return "bolt://127.0.0.1:" + port;
    }

    @Override
    public Path dataDirectory() {
        return home.resolve("data");
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
