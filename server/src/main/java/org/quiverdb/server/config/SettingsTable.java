package org.quiverdb.server.config;

import java.util.stream.Collectors;

/**
 * Renders the settings catalogue as a Markdown table for {@code docs/configuration.md}, so the
 * documentation cannot drift from the code: a test compares the two. Stateless.
 */
public final class SettingsTable {
    private SettingsTable() {}

    /** One row per setting: key, type, default, aliases, description (unbuilt rows marked). */
    public static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| setting | value | default | also accepted as | description |\n");
        out.append("|---|---|---|---|---|\n");
        for (Setting s : Setting.values()) {
            out.append("| `")
                    .append(s.key())
                    .append("` | ")
                    .append(s.type().expected())
                    .append(" | ")
                    .append(s.defaultValue().map(d -> "`" + d + "`").orElse("unset"))
                    .append(" | ")
                    .append(s.aliases().stream().map(a -> "`" + a + "`").collect(Collectors.joining(", ")))
                    .append(" | ")
                    .append(s.description())
                    .append(s.feature().built() ? "" : " *(" + s.feature().title() + ": coming)*")
                    .append(" |\n");
        }
        return out.toString();
    }
}
