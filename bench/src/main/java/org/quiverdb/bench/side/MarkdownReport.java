package org.quiverdb.bench.side;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.quiverdb.bench.side.Samples.Stats;

/** Writes a {@link RunReport} as a markdown page with two tables (load, workloads). Stateless. */
final class MarkdownReport {
    private MarkdownReport() {}

    static void write(RunReport report, Path file) throws IOException {
        Files.writeString(file, render(report), StandardCharsets.UTF_8);
    }

    static String render(RunReport report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "# Quiver vs Neo4j Community 5.26: profile `%s` (%d nodes, %d relationships)%n%n",
                report.profile(),
                report.nodes(),
                report.relationships()));
        out.append("JVM (both): `")
                .append(report.jvmFlags())
                .append("`; machine: ")
                .append(report.machine());
        out.append(
                "\n\n| engine | load s | heap before load MiB | heap after load MiB | heap bytes/entity | disk MiB |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        for (EngineLoad load : report.loads()) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                    load.engine(),
                    load.loadSeconds(),
                    load.heapBeforeLoad() / 1048576.0,
                    load.heapAfterLoad() / 1048576.0,
                    load.bytesPerEntity(),
                    load.diskBytes() / 1048576.0));
        }
        out.append("\n| workload | kind | Quiver ops/s | Neo4j ops/s | ratio Q/N (goal) |")
                .append(" Quiver p50 / p99 ms | Neo4j p50 / p99 ms |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (WorkloadOutcome outcome : report.workloads()) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s (%.0fx) | %s | %s |%n",
                    outcome.name(),
                    outcome.kind().name().toLowerCase(Locale.ROOT),
                    throughput(outcome, WorkloadOutcome.QUIVER),
                    throughput(outcome, WorkloadOutcome.NEO4J),
                    outcome.throughputRatio()
                            .map(r -> String.format(Locale.ROOT, "%.2f", r))
                            .orElse("-"),
                    outcome.goal(),
                    latency(outcome, WorkloadOutcome.QUIVER),
                    latency(outcome, WorkloadOutcome.NEO4J)));
        }
        for (WorkloadOutcome outcome : report.workloads()) {
            outcome.errors().forEach((engine, error) -> out.append("\n- ")
                    .append(outcome.name())
                    .append(" not measured on ")
                    .append(engine)
                    .append(": ")
                    .append(error.replace('\n', ' ')));
        }
        return out.append('\n').toString();
    }

    private static String throughput(WorkloadOutcome outcome, String engine) {
        Stats stats = outcome.stats().get(engine);
        return stats == null ? "not measured" : String.format(Locale.ROOT, "%.1f", stats.throughput());
    }

    private static String latency(WorkloadOutcome outcome, String engine) {
        Stats stats = outcome.stats().get(engine);
        return stats == null
                ? "-"
                : String.format(Locale.ROOT, "%.2f / %.2f", stats.p50Micros() / 1e3, stats.p99Micros() / 1e3);
    }
}
