package org.quiverdb.cypher.api;

import java.util.List;
import java.util.Map;
import org.quiverdb.values.value.Value;

/**
 * One operator of a query plan, as EXPLAIN and PROFILE describe it (the shape of Neo4j's Bolt
 * {@code plan} / {@code profile} entries): {@code operatorType} (e.g. {@code NodeByLabelScan}),
 * the variables bound in its rows ({@code identifiers}), its {@code arguments} (always
 * {@code EstimatedRows}; {@code Details} when there is something to say; the root also carries
 * {@code planner}, {@code runtime} and {@code version}) and its {@code children} (inputs, left
 * first). {@code profile} is null for EXPLAIN, the measured counts for PROFILE. Immutable.
 */
public record PlanDescription(
        String operatorType,
        List<String> identifiers,
        Map<String, Value> arguments,
        List<PlanDescription> children,
        Profile profile) {
    public PlanDescription {
        identifiers = List.copyOf(identifiers);
        arguments = Map.copyOf(arguments);
        children = List.copyOf(children);
    }

    /**
     * What PROFILE measured for one operator: {@code rows} it produced and {@code dbHits}, the
     * kernel reads it made (one per node, relationship, property or label looked at).
     */
    public record Profile(long rows, long dbHits) {}
}
