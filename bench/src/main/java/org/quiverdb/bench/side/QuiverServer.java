package org.quiverdb.bench.side;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Quiver as a user runs it: {@code bin/quiver start} from the distribution on a fresh home, Bolt on
 * a free loopback port, HTTP, HTTPS and authentication off (as for Neo4j), heap and GC passed through Neo4j's setting names
 * ({@code dbms.memory.heap.*}, {@code dbms.jvm.additional}). Confined to one thread.
 */
final class QuiverServer implements ServerProcess {
    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    private final Path dist;
    private final Path home;
    private final int port;
    private final long pid;

    private QuiverServer(Path dist, Path home, int port, long pid) {
        this.dist = dist;
        this.home = home;
        this.port = port;
        this.pid = pid;
    }

    /** Starts Quiver from {@code dist} (the folder holding bin/quiver) on a new home under {@code work}. */
    static QuiverServer start(Path dist, Path work, JvmFlags flags) throws IOException {
        Path launcher = dist.resolve("bin/quiver");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("no Quiver distribution at " + dist
                    + " (expected: bin/quiver; build it with mvn -B -q package -DskipTests -pl dist -am)");
        }
        Path home = Files.createDirectories(work.resolve("quiver-home"));
        int port = FreePort.pick();
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "start", "--home", home.toString()));
        addSetting(command, "dbms.connector.bolt.listen_address=127.0.0.1:" + port);
        addSetting(command, "dbms.connector.http.enabled=false");
        addSetting(command, "dbms.connector.https.enabled=false");
        // Neo4j runs with auth off too: both sides skip the per-connection password hash.
        addSetting(command, "dbms.security.auth_enabled=false");
        addSetting(command, "dbms.memory.heap.initial_size=" + flags.heap());
        addSetting(command, "dbms.memory.heap.max_size=" + flags.heap());
        for (String option : flags.extra("quiver")) {
            addSetting(command, "dbms.jvm.additional=" + option);
        }
        ChildProcess.runChecked(command, work.resolve("quiver-launcher.log"), START_LIMIT);
        String pidText = Files.readString(home.resolve("run/quiver.pid"), StandardCharsets.UTF_8)
                .trim();
        return new QuiverServer(dist, home, port, Long.parseLong(pidText));
    }

    private static void addSetting(List<String> command, String setting) {
        command.add("--set");
        command.add(setting);
    }

    @Override
    public String engine() {
        return "quiver";
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
        return pid;
    }

    @Override
    public void close() {
        List<String> command = List.of(dist.resolve("bin/quiver").toString(), "stop", "--home", home.toString());
        try {
            ChildProcess.runChecked(command, home.getParent().resolve("quiver-launcher.log"), START_LIMIT);
        } catch (UncheckedIOException | IllegalStateException e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            throw e;
        }
    }
}
