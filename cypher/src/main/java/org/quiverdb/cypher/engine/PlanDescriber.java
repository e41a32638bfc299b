package org.quiverdb.cypher.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiverdb.cypher.api.PlanDescription;
import org.quiverdb.cypher.plan.logical.LogicalPlan;
import org.quiverdb.cypher.plan.physical.PhysicalPlanner;
import org.quiverdb.cypher.runtime.ProfileCounters;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/**
 * Turns a planned logical tree into the {@link PlanDescription} EXPLAIN and PROFILE return, with
 * Neo4j's operator names. {@link LogicalPlan.Select} does no work and is folded into its input.
 * The tree shape and estimates are fixed at planning ({@link #skeleton}); PROFILE counts are read
 * when described. Immutable once built.
 */
final class PlanDescriber {
    private final Node root;

    /** A described operator without counts: what is cached with the plan. */
    private record Node(
            String type, List<String> identifiers, Map<String, Value> arguments, int id, List<Node> children) {}

    PlanDescriber(LogicalPlan plan, PhysicalPlanner physical) {
        Node top = skeleton(plan, physical);
        Map<String, Value> args = new LinkedHashMap<>(top.arguments());
        args.put("planner", StringValue.of("COST"));
        args.put("runtime", StringValue.of("INTERPRETED"));
        args.put("version", StringValue.of("CYPHER 5"));
        this.root = new Node(top.type(), top.identifiers(), args, top.id(), top.children());
    }

    /** The description; with {@code counters} (PROFILE) each operator carries rows and db hits. */
    PlanDescription describe(ProfileCounters counters) {
        return describe(root, counters);
    }

    private static PlanDescription describe(Node n, ProfileCounters counters) {
        List<PlanDescription> children = new ArrayList<>();
        for (Node c : n.children()) {
            children.add(describe(c, counters));
        }
        PlanDescription.Profile profile = counters == null || n.id() < 0
                ? null
                : new PlanDescription.Profile(counters.rows(n.id()), counters.dbHits(n.id()));
        return new PlanDescription(n.type(), n.identifiers(), n.arguments(), children, profile);
    }

    private static Node skeleton(LogicalPlan plan, PhysicalPlanner physical) {
        List<LogicalPlan> inputs = inputs(plan);
        if (plan instanceof LogicalPlan.Select) {
            return skeleton(inputs.get(0), physical);
        }
        List<Node> children = new ArrayList<>();
        for (LogicalPlan in : inputs) {
            children.add(skeleton(in, physical));
        }
        Map<String, Value> args = new LinkedHashMap<>();
        args.put("EstimatedRows", FloatValue.of(estimate(plan, children)));
        String details = OperatorNames.details(plan);
        if (!details.isEmpty()) {
            args.put("Details", StringValue.of(details));
        }
        return new Node(OperatorNames.of(plan), physical.identifiers(plan), args, physical.operatorId(plan), children);
    }

    /** Crude cardinalities: scans know their counts, filters halve, everything else passes on. */
    private static double estimate(LogicalPlan plan, List<Node> children) {
        if (plan instanceof LogicalPlan.NodeScan s) {
            return Math.max(1, s.estimatedRows());
        }
        double in = children.isEmpty()
                ? 1
                : children.stream()
                        .mapToDouble(c -> ((FloatValue) c.arguments().get("EstimatedRows")).value())
                        .reduce(1, (a, b) -> a * b);
        if (plan instanceof LogicalPlan.Filter || plan instanceof LogicalPlan.DistinctRelationships) {
            return in * 0.5;
        }
        if (plan instanceof LogicalPlan.Aggregation a && a.groupings().isEmpty()) {
            return 1;
        }
        return in;
    }

    /** The logical inputs of {@code plan}, in declaration order (source first). */
    static List<LogicalPlan> inputs(LogicalPlan plan) {
        List<LogicalPlan> out = new ArrayList<>();
        for (RecordComponent c : plan.getClass().getRecordComponents()) {
            if (LogicalPlan.class.isAssignableFrom(c.getType())) {
                try {
                    Object v = c.getAccessor().invoke(plan);
                    if (v != null) {
                        out.add((LogicalPlan) v);
                    }
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + c.getName() + " of " + plan, e);
                }
            }
        }
        return out;
    }
}
