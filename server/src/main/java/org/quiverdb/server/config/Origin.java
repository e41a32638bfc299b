package org.quiverdb.server.config;

/**
 * Where a setting's value came from, for messages: a conf file and line ({@code
 * conf/quiver.conf:12}) or a command-line {@code --set} (line 0). Immutable.
 */
public record Origin(String source, int line) {
    static Origin commandLine() {
        return new Origin("--set", 0);
    }

    boolean isFile() {
        return line > 0;
    }

    @Override
    public String toString() {
        return isFile() ? source + ":" + line : source;
    }
}
