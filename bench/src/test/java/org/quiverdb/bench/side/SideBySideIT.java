package org.quiverdb.bench.side;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole side-by-side comparison on the {@code tiny} profile: Quiver from
 * dist/target/quiver, Neo4j in its child JVM. Asserts the shape of the output for both engines,
 * never anything about time.
 */
class SideBySideIT {

    @Test
    void tinyProfileReportsEveryWorkloadForBothEnginesAsJsonMarkdownAndPng() throws Exception {
        Path out = Path.of(System.getProperty("quiver.bench.out", "target/side-by-side-tiny"));
        Arguments arguments = Arguments.parse(new String[] {
            "--profile", "tiny",
            "--dist", System.getProperty("quiver.dist", "../dist/target/quiver"),
            "--neo4j-pom", System.getProperty("quiver.bench.neo4jPom", "neo4j/pom.xml"),
            "--out", out.toString()
        });

        SideBySide.run(arguments);

        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(json.get("profile").asText()).isEqualTo("tiny");
        assertThat(json.get("loads")).hasSize(2);
        for (JsonNode load : json.get("loads")) {
            assertThat(load.get("engine").asText()).isIn("quiver", "neo4j");
            assertThat(load.get("heap_after_load_bytes").asLong()).isPositive();
        }
        JsonNode workloads = json.get("workloads");
        assertThat(workloads).hasSize(Workloads.all(Profile.TINY).size());
        for (JsonNode workload : workloads) {
            JsonNode engines = workload.get("engines");
            assertThat(engines.has("quiver") && engines.has("neo4j"))
                    .as("both engines reported for %s", workload.get("name"))
                    .isTrue();
            for (JsonNode engine : engines) {
                assertThat(engine.has("throughput") || engine.has("unsupported"))
                        .as("figures or an error in %s", workload)
                        .isTrue();
            }
            assertThat(workload.has("throughput_ratio"))
                    .isEqualTo(engines.get("quiver").has("throughput")
                            && engines.get("neo4j").has("throughput"));
        }
        assertThat(workloads.get(0).get("engines").get("neo4j").has("throughput"))
                .as("Neo4j answers RETURN 1")
                .isTrue();

        String markdown = Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8);
        assertThat(markdown).contains("| workload |").contains("return_1").contains("| quiver |");

        BufferedImage chart = ImageIO.read(out.resolve("ratios.png").toFile());
        assertThat(chart.getWidth()).isPositive();
        assertThat(chart.getHeight()).isGreaterThan(workloads.size() * 20);
    }
}
