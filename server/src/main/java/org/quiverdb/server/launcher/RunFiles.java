package org.quiverdb.server.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The files in {@code run/} through which a running server and the launcher talk: {@code
 * quiver.pid} (the server's pid, written first thing) and {@code quiver.ready} (one line per
 * address listened on, written once startup has finished). Both are written to a temporary file
 * and moved into place, so a reader never sees half a file. Stateless; safe for concurrent use.
 */
record RunFiles(Path directory) {
    Path pidFile() {
        return directory.resolve("quiver.pid");
    }

    Path readyFile() {
        return directory.resolve("quiver.ready");
    }

    /** The pid in the pid file, if there is one that parses. */
    Optional<Long> pid() {
        try {
            String text = Files.readString(pidFile(), StandardCharsets.UTF_8).strip();
            return Optional.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The live process of the pid file, if the pid file names one. */
    Optional<ProcessHandle> liveProcess() {
        return pid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    }

    void writePid(long pid) {
        write(pidFile(), List.of(Long.toString(pid)));
    }

    void writeReady(List<String> lines) {
        write(readyFile(), lines);
    }

    /** The ready file's lines, or empty when the server has not finished starting. */
    Optional<List<String>> ready() {
        try {
            return Optional.of(Files.readAllLines(readyFile(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void clearReady() {
        delete(readyFile());
    }

    void clear() {
        delete(readyFile());
        delete(pidFile());
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
