package org.quiverdb.server.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Neo4j's conf format: one {@code key=value} per line, blank lines and lines starting with
 * {@code #} ignored, whitespace around key and value trimmed, {@code ${ENV}} expanded in values.
 * A {@code #} later in a line is part of the value, as in Neo4j. Malformed lines are reported to
 * the caller's problem list, all at once, rather than stopping at the first. Stateless.
 */
final class ConfFileReader {
    private final EnvExpander expander;

    ConfFileReader(EnvExpander expander) {
        this.expander = expander;
    }

    /** The entries of {@code file}, labelled with {@code displayName} and line numbers. */
    List<ConfEntry> read(Path file, String displayName, List<String> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration file " + file, e);
        }
        List<ConfEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ConfEntry entry = line(lines.get(i), new Origin(displayName, i + 1), problems);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** One {@code key=value} given outside a file, e.g. by {@code --set}. */
    ConfEntry override(String text, List<String> problems) {
        if (text.indexOf('=') <= 0) {
            problems.add("--set '" + text + "' is not key=value (expected e.g. --set " + Setting.BOLT_ENABLED.key()
                    + "=false)");
            return null;
        }
        return line(text, Origin.commandLine(), problems);
    }

    private ConfEntry line(String text, Origin origin, List<String> problems) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return null;
        }
        int eq = trimmed.indexOf('=');
        if (eq <= 0) {
            problems.add("line '" + trimmed + "' is not key=value (" + origin + "; expected e.g. "
                    + Setting.DBMS_MODE.key() + "=SINGLE)");
            return null;
        }
        String key = trimmed.substring(0, eq).strip();
        String raw = trimmed.substring(eq + 1).strip();
        try {
            return new ConfEntry(key, expander.expand(raw), origin);
        } catch (InvalidValueException e) {
            problems.add("invalid value for '" + key + "': " + e.getMessage() + " (" + origin + "; expected: "
                    + e.expected() + ")");
            return null;
        }
    }
}
