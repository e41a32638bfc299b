package org.quiverdb.bench.side;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command to completion with its output in a log file, bounded in time: a command that
 * overruns is killed (by its own pid) and reported with the tail of its log. Stateless.
 */
final class ChildProcess {
    private ChildProcess() {}

    /** Runs {@code command}, waiting at most {@code limit}; returns its exit code. */
    static int run(List<String> command, Path log, Duration limit) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        "command did not finish within " + limit + ": " + command + "\n" + tail(log));
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    /** Like {@link #run} but a non-zero exit is an error carrying the log's tail. */
    static void runChecked(List<String> command, Path log, Duration limit) {
        int code = run(command, log, limit);
        if (code != 0) {
            throw new IllegalStateException("exit code " + code + " (expected: 0) from " + command + "\n" + tail(log));
        }
    }

    /** The last lines of a log, for error messages. */
    static String tail(Path log) {
        try {
            if (!Files.exists(log)) {
                return "(no log at " + log + ")";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
