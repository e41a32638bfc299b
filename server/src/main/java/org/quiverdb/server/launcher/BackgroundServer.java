package org.quiverdb.server.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quiverdb.server.config.Config;
import org.quiverdb.server.config.QuiverHome;

/**
 * Starts the server as a background JVM ({@code quiver console} in a child process, its output in
 * {@code logs/console.log}) and waits until it is ready: the child has written its ready file and
 * every address listed there accepts a TCP connection. If the child exits first, its output
 * explains why and is shown; if it is not ready in time, it is killed. Confined to the caller.
 */
final class BackgroundServer {
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private final LaunchContext context;
    private final PrintWriter out;
    private final PrintWriter err;

    BackgroundServer(LaunchContext context, PrintWriter out, PrintWriter err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    /** Exit code: 0 once ready, 1 when the server could not start. */
    int start(HomeOptions options, Config config, Duration timeout) throws InterruptedException {
        QuiverHome home = options.home(context);
        home.createDirectories(config);
        RunFiles run = new RunFiles(home.run());
        Optional<ProcessHandle> running = run.liveProcess();
        if (running.isPresent()) {
            out.println("Quiver is already running in " + home.root() + " (pid "
                    + running.get().pid() + ")");
            out.flush();
            return 0;
        }
        run.clear();
        Path console = home.logs(config).resolve("console.log");
        List<String> command = new ArrayList<>(context.javaCommandLine(JvmOptions.of(config)));
        command.add("console");
        command.addAll(options.asArguments(home));
        Process process = spawn(command, home, console);
        out.println("Starting Quiver in " + home.root() + " (pid " + process.pid() + ")...");
        out.flush();
        return awaitReady(process, run, console, timeout);
    }

    private int awaitReady(Process process, RunFiles run, Path console, Duration timeout) throws InterruptedException {
        Instant deadline = context.clock().instant().plus(timeout);
        while (context.clock().instant().isBefore(deadline)) {
            if (!process.isAlive()) {
                err.println("Quiver could not start (exit code " + process.exitValue() + "):");
                problems(tail(console)).forEach(line -> err.println("  " + line));
                err.println("Its full output is in " + console);
                err.flush();
                return 1;
            }
            Optional<List<String>> ready = run.ready();
            if (ready.isPresent() && allAccept(ready.get())) {
                out.println("Quiver started (pid " + process.pid() + ").");
                ready.get().forEach(line -> out.println("  " + line));
                if (ready.get().isEmpty()) {
                    out.println("  No listener is provided by this build yet; see " + console);
                }
                out.flush();
                return 0;
            }
            Thread.sleep(POLL.toMillis());
        }
        err.println("Quiver did not become ready within " + timeout.toSeconds() + "s; stopping it (pid " + process.pid()
                + "). Its output is in " + console);
        err.flush();
        process.destroyForcibly();
        run.clear();
        return 1;
    }

    private static Process spawn(List<String> command, QuiverHome home, Path console) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(console.toFile());
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
    }

    /** Whether every {@code setting=host:port} line names an address that accepts a connection. */
    private static boolean allAccept(List<String> lines) {
        for (String line : lines) {
            String address = line.substring(line.indexOf('=') + 1);
            int colon = address.lastIndexOf(':');
            String host = address.substring(0, colon).replace("[", "").replace("]", "");
            int port = Integer.parseInt(address.substring(colon + 1));
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(connectHost(host), port), (int) CONNECT_TIMEOUT.toMillis());
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** A wildcard listen address is reached through loopback. */
    private static String connectHost(String host) {
        return host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    }

    /** The error lines of the output when it has any (the reason), else all of it. */
    private static List<String> problems(List<String> output) {
        List<String> errors = output.stream().filter(l -> l.contains(" ERROR ")).toList();
        return errors.isEmpty() ? output : errors;
    }

    private static List<String> tail(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<String> lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"));
            return lines.subList(Math.max(0, lines.size() - 20), lines.size());
        } catch (IOException e) {
            return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
        }
    }
}
