package org.quiverdb.server.config;

import java.util.Map;
import java.util.Objects;

/**
 * Replaces {@code ${NAME}} in a raw value with the environment variable {@code NAME}, as Neo4j
 * does for its conf files. An unset variable or an unclosed <code>${</code> is an error, never an empty
 * string: a silently empty address or path would surface much later and far from its cause.
 * Immutable; safe for concurrent use.
 */
final class EnvExpander {
    private final Map<String, String> env;

    EnvExpander(Map<String, String> env) {
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    }

    /** The expanded value; throws {@link InvalidValueException} naming the variable. */
    String expand(String raw) {
        int start = raw.indexOf("${");
        if (start < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int at = 0;
        while (start >= 0) {
            int end = raw.indexOf('}', start + 2);
            if (end < 0) {
                throw new InvalidValueException(
                        "'" + raw + "' has '${' without a closing '}'", "${NAME} with NAME an environment variable");
            }
            String name = raw.substring(start + 2, end);
            String value = env.get(name);
            if (value == null) {
                throw new InvalidValueException(
                        "environment variable '" + name + "' is not set",
                        "a value, or ${NAME} with NAME set in the environment");
            }
            out.append(raw, at, start).append(value);
            at = end + 1;
            start = raw.indexOf("${", at);
        }
        return out.append(raw, at, raw.length()).toString();
    }
}
