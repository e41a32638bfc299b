package org.quiverdb.bench.side;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.quiverdb.bench.side.Samples.Stats;

/**
 * Writes a {@link RunReport} as JSON: {@code profile}, {@code loads[]} and {@code workloads[]},
 * each workload with {@code engines.<engine>} holding either its figures or {@code
 * "unsupported": "<error>"}, and {@code throughput_ratio} (Quiver/Neo4j) when both ran it.
 * Stateless.
 */
final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    static void write(RunReport report, Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), tree(report));
    }

    static ObjectNode tree(RunReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("profile", report.profile());
        root.put("nodes", report.nodes());
        root.put("relationships", report.relationships());
        root.put("jvm_flags", report.jvmFlags());
        root.put("machine", report.machine());
        ArrayNode loads = root.putArray("loads");
        for (EngineLoad load : report.loads()) {
            ObjectNode node = loads.addObject();
            node.put("engine", load.engine());
            node.put("load_seconds", load.loadSeconds());
            node.put("heap_before_load_bytes", load.heapBeforeLoad());
            node.put("heap_after_load_bytes", load.heapAfterLoad());
            node.put("bytes_per_entity", load.bytesPerEntity());
            node.put("disk_bytes_after_load", load.diskBytes());
        }
        ArrayNode workloads = root.putArray("workloads");
        for (WorkloadOutcome outcome : report.workloads()) {
            ObjectNode node = workloads.addObject();
            node.put("name", outcome.name());
            node.put("kind", outcome.kind().name());
            node.put("description", outcome.description());
            node.put("concurrency", outcome.concurrency());
            ObjectNode engines = node.putObject("engines");
            Map<String, Object> sorted = new TreeMap<>(outcome.stats());
            sorted.putAll(outcome.errors());
            sorted.forEach((engine, value) -> engine(engines.putObject(engine), value));
            outcome.throughputRatio().ifPresent(r -> node.put("throughput_ratio", r));
            outcome.p99Ratio().ifPresent(r -> node.put("p99_ratio", r));
            node.put("throughput_goal", outcome.goal());
        }
        return root;
    }

    private static void engine(ObjectNode node, Object value) {
        if (value instanceof Stats stats) {
            node.put("operations", stats.operations());
            node.put("seconds", stats.seconds());
            node.put("throughput", stats.throughput());
            node.put("p50_ms", stats.p50Micros() / 1e3);
            node.put("p99_ms", stats.p99Micros() / 1e3);
        } else {
            node.put("unsupported", String.valueOf(value));
        }
    }
}
