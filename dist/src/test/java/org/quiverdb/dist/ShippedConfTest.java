package org.quiverdb.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiverdb.server.config.Config;
import org.quiverdb.server.config.ConfigLoader;
import org.quiverdb.server.config.Setting;

/** The conf file the distribution ships: every setting present, commented out, at its default. */
class ShippedConfTest {
    private static final Path SHIPPED = Path.of("src/main/distribution/conf/quiver.conf");

    @Test
    void everySettingOfTheCatalogueIsPresentCommentedAtItsDefault() throws IOException {
        List<String> lines = Files.readAllLines(SHIPPED, StandardCharsets.UTF_8);
        for (Setting s : Setting.values()) {
            String prefix = "#" + s.key() + "=";
            if (s.defaultValue().isPresent()) {
                assertThat(lines).as(s.key()).contains(prefix + s.defaultValue().get());
            } else {
                assertThat(lines).as(s.key()).anyMatch(l -> l.startsWith(prefix));
            }
        }
        assertThat(lines).noneMatch(l -> !l.isBlank() && !l.startsWith("#"));
    }

    @Test
    void uncommentingEveryLineGivesAValidConfiguration(@TempDir Path dir) throws IOException {
        List<String> uncommented = Files.readAllLines(SHIPPED, StandardCharsets.UTF_8).stream()
                .filter(l -> l.matches("#[a-z_.]+=.*"))
                .map(l -> l.substring(1))
                .filter(l -> !l.endsWith("="))
                .toList();
        Path conf = dir.resolve("quiver.conf");
        Files.write(conf, uncommented, StandardCharsets.UTF_8);
        Config config = new ConfigLoader(Map.of()).load(Optional.of(conf), List.of());
        assertThat(config.warnings()).isEmpty();
        assertThat(config.jvmAdditional()).contains("-Dcom.sun.management.jmxremote.port=3637");
        assertThat(config.address(Setting.BOLT_LISTEN_ADDRESS).port()).isEqualTo(7687);
    }
}
