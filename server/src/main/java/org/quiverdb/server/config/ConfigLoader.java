package org.quiverdb.server.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link Config} from an optional conf file and {@code --set} overrides, which are
 * applied after the file so that, for one key, the last value written wins. Every problem is
 * collected and reported together in one {@link ConfigException}: unknown keys (with a
 * suggestion; a warning instead when strict validation is off), values that do not parse, and
 * rows switched on that this build cannot run. Stateless apart from the environment it expands.
 */
public final class ConfigLoader {
    private static final Map<String, Setting> BY_NAME = byName();

    private final ConfFileReader reader;

    /** {@code env} is the environment for {@code ${NAME}} expansion, usually {@code System.getenv()}. */
    public ConfigLoader(Map<String, String> env) {
        this.reader = new ConfFileReader(new EnvExpander(env));
    }

    /**
     * Loads {@code confFile} (when present and the file exists) then {@code overrides}, each
     * {@code key=value}. Throws {@link ConfigException} listing every problem found.
     */
    public Config load(Optional<Path> confFile, List<String> overrides) {
        List<String> problems = new ArrayList<>();
        List<ConfEntry> entries = new ArrayList<>();
        if (confFile.isPresent() && Files.isRegularFile(confFile.get())) {
            Path file = confFile.get();
            entries.addAll(reader.read(file, displayName(file), problems));
        }
        for (String override : overrides) {
            ConfEntry entry = reader.override(override, problems);
            if (entry != null) {
                entries.add(entry);
            }
        }
        boolean strict = strictValidation(entries);
        Draft draft = new Draft(problems);
        for (ConfEntry entry : entries) {
            Setting setting = BY_NAME.get(entry.key());
            if (setting == null) {
                (strict ? problems : draft.warnings).add(unknownKey(entry, strict));
            } else {
                draft.apply(setting, entry);
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        Config config = new Config(draft.values, draft.writtenAt.keySet(), draft.jvmAdditional, draft.warnings);
        List<String> unbuilt = UnbuiltFeatures.problems(config);
        if (!unbuilt.isEmpty()) {
            throw new ConfigException(unbuilt);
        }
        return config;
    }

    /** The setting {@code name} (its key or an alias) stands for. */
    public static Optional<Setting> setting(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The values being assembled from the entries, in order; confined to one load call. */
    private static final class Draft {
        final Map<Setting, Object> values = defaults();
        final Map<Setting, Origin> writtenAt = new EnumMap<>(Setting.class);
        final List<String> jvmAdditional = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<String> problems;

        Draft(List<String> problems) {
            this.problems = problems;
        }

        void apply(Setting setting, ConfEntry entry) {
            if (setting.repeatable()) {
                if (!entry.value().isEmpty()) {
                    jvmAdditional.add(entry.value());
                }
                return;
            }
            Origin previous = writtenAt.put(setting, entry.origin());
            if (previous != null && previous.isFile() && entry.origin().isFile()) {
                warnings.add("setting '" + setting.key() + "' is set more than once (" + previous + " and "
                        + entry.origin() + "); the last one wins");
            }
            if (entry.value().isEmpty()) {
                values.put(setting, setting.defaultValue().map(setting::parse).orElse(null));
                return;
            }
            try {
                values.put(setting, setting.parse(entry.value()));
            } catch (InvalidValueException e) {
                problems.add("invalid value for '" + entry.key() + "': " + e.getMessage() + " (" + entry.origin()
                        + "; expected: " + e.expected() + ")");
            }
        }
    }

    private static boolean strictValidation(List<ConfEntry> entries) {
        boolean strict = true;
        for (ConfEntry entry : entries) {
            if (BY_NAME.get(entry.key()) == Setting.STRICT_VALIDATION) {
                try {
                    strict = SettingParsers.bool(entry.value());
                } catch (InvalidValueException e) {
                    strict = true; // reported with the other values; meanwhile be strict
                }
            }
        }
        return strict;
    }

    private static String unknownKey(ConfEntry entry, boolean strict) {
        String hint = KeySuggestions.nearest(entry.key())
                .map(k -> "; did you mean '" + k + "'?")
                .orElse(strict ? "; set " + Setting.STRICT_VALIDATION.key() + "=false to only warn" : "");
        return "unknown setting '" + entry.key() + "' (" + entry.origin() + hint + ")";
    }

    private static Map<Setting, Object> defaults() {
        Map<Setting, Object> values = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            s.defaultValue().ifPresent(d -> values.put(s, s.parse(d)));
        }
        return values;
    }

    private static String displayName(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null && parent.getFileName() != null
                ? parent.getFileName() + "/" + file.getFileName()
                : file.toString();
    }

    private static Map<String, Setting> byName() {
        Map<String, Setting> map = new HashMap<>();
        for (Setting s : Setting.values()) {
            map.put(s.key(), s);
            for (String alias : s.aliases()) {
                map.put(alias, s);
            }
        }
        return Map.copyOf(map);
    }
}
