package org.quiverdb.server.config;

import java.util.List;

/**
 * The configuration cannot be used: one or more problems, each naming the key, the value, where
 * it was written and what would be valid. Startup stops with all of them listed.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem. */
    public List<String> problems() {
        return problems;
    }
}
