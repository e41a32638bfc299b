package org.quiverdb.bench.side;

import java.util.Map;
import java.util.Optional;
import org.quiverdb.bench.side.Samples.Stats;

/**
 * One workload's figures on both engines, or why an engine could not run it (its error code and
 * message: "unsupported"). Immutable.
 *
 * @param stats figures by engine, for the engines that ran every round
 * @param errors error by engine, for the engines that rejected or failed the workload
 */
record WorkloadOutcome(
        String name,
        Workload.Kind kind,
        String description,
        int concurrency,
        Map<String, Stats> stats,
        Map<String, String> errors) {

    static final String QUIVER = "quiver";
    static final String NEO4J = "neo4j";

    WorkloadOutcome {
        stats = Map.copyOf(stats);
        errors = Map.copyOf(errors);
    }

    /** Quiver's throughput over Neo4j's, when both ran it. */
    Optional<Double> throughputRatio() {
        Stats quiver = stats.get(QUIVER);
        Stats neo4j = stats.get(NEO4J);
        return quiver == null || neo4j == null
                ? Optional.empty()
                : Optional.of(quiver.throughput() / neo4j.throughput());
    }

    /** Quiver's p99 over Neo4j's (below 1 is better), when both ran it. */
    Optional<Double> p99Ratio() {
        Stats quiver = stats.get(QUIVER);
        Stats neo4j = stats.get(NEO4J);
        return quiver == null || neo4j == null
                ? Optional.empty()
                : Optional.of(quiver.p99Micros() / Math.max(1e-3, neo4j.p99Micros()));
    }

    /** The throughput goal of issue 10: 2x Neo4j for reads, 3x for writes. */
    double goal() {
        return kind == Workload.Kind.READ ? 2.0 : 3.0;
    }
}
