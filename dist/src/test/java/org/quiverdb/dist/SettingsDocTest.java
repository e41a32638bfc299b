package org.quiverdb.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.quiverdb.server.config.SettingsTable;

/** docs/configuration.md carries the settings catalogue's table, exactly. */
class SettingsDocTest {
    private static final Path DOC = Path.of("../docs/configuration.md");
    private static final String BEGIN = "<!-- settings:begin (generated from Setting.java; a test checks it) -->\n";
    private static final String END = "<!-- settings:end -->";

    @Test
    void theDocumentedTableIsTheCatalogue() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("marker in " + DOC).isNotNegative();
        String expected = SettingsTable.markdown();
        Path regenerated = Path.of("target/configuration-table.md");
        Files.writeString(regenerated, expected, StandardCharsets.UTF_8);
        assertThat(doc.substring(begin + BEGIN.length(), end))
                .as("docs/configuration.md is out of date; the table to paste is in dist/" + regenerated)
                .isEqualTo(expected);
    }
}
