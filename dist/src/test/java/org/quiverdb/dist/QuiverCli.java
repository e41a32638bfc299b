package org.quiverdb.dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built distribution's scripts as a user would, each run bounded in time, and remembers
 * the homes it touched so that {@link #killAll()} can stop every server they started, by pid.
 */
final class QuiverCli {
    static final Path DIST = Path.of("target/quiver").toAbsolutePath();
    private static final long TIMEOUT_SECONDS = 120;

    private final List<Path> homes = new ArrayList<>();

    /** What one run printed and how it exited. */
    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    Result quiver(Path home, String... args) {
        homes.add(home);
        List<String> command =
                new ArrayList<>(List.of(DIST.resolve("bin/quiver").toString()));
        command.addAll(List.of(args));
        command.add("--home");
        command.add(home.toString());
        return run(command, home.getParent());
    }

    Result script(String name, String... args) {
        List<String> command =
                new ArrayList<>(List.of(DIST.resolve("bin/" + name).toString()));
        command.addAll(List.of(args));
        return run(command, DIST);
    }

    /** Stops (by pid, SIGKILL) every server still running in a home this CLI used. */
    void killAll() {
        for (Path home : homes) {
            pid(home).flatMap(ProcessHandle::of).ifPresent(p -> {
                p.destroyForcibly();
                p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
        }
    }

    static Optional<Long> pid(Path home) {
        try {
            return Optional.of(Long.parseLong(Files.readString(home.resolve("run/quiver.pid"), StandardCharsets.UTF_8)
                    .strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** --set arguments putting every default-on listener on a free loopback port. */
    static List<String> freeListeners() {
        return List.of(
                "--set", "dbms.connector.bolt.listen_address=127.0.0.1:" + freePort(),
                "--set", "dbms.connector.http.listen_address=127.0.0.1:" + freePort(),
                "--set", "dbms.connector.https.listen_address=127.0.0.1:" + freePort());
    }

    private static Result run(List<String> command, Path directory) {
        try {
            Path out = Files.createTempFile("quiver-it", ".out");
            Path err = Files.createTempFile("quiver-it", ".err");
            Process p = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            p.getOutputStream().close();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(command + " did not finish within " + TIMEOUT_SECONDS + "s");
            }
            Result r = new Result(
                    p.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted running " + command, e);
        }
    }
}
