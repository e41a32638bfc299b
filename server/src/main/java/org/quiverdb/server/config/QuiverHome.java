package org.quiverdb.server.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A Quiver home folder: {@code conf/quiver.conf}, {@code data/}, {@code logs/} and {@code run/}.
 * Data and logs may be moved elsewhere by {@code server.directories.*}; conf and run stay here.
 * Immutable; the root is absolute.
 */
public record QuiverHome(Path root) {
    public QuiverHome {
        root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /** The conf file, when the home has one; a home without it runs on the defaults. */
    public Optional<Path> confFile() {
        Path file = root.resolve("conf").resolve("quiver.conf");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    public Path run() {
        return root.resolve("run");
    }

    public Path data(Config config) {
        return config.path(Setting.DATA_DIRECTORY, root);
    }

    public Path logs(Config config) {
        return config.path(Setting.LOGS_DIRECTORY, root);
    }

    /** Creates conf/, data/, logs/ and run/ where missing. */
    public void createDirectories(Config config) {
        try {
            Files.createDirectories(root.resolve("conf"));
            Files.createDirectories(data(config));
            Files.createDirectories(logs(config));
            Files.createDirectories(run());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folders of Quiver home " + root, e);
        }
    }
}
