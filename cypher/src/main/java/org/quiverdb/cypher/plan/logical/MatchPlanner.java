package org.quiverdb.cypher.plan.logical;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.quiverdb.cypher.ast.BinaryOperator;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.ast.NodePattern;
import org.quiverdb.cypher.ast.PatternDirection;
import org.quiverdb.cypher.ast.PatternPart;
import org.quiverdb.cypher.ast.RelationshipPattern;
import org.quiverdb.cypher.semantic.FreeVariables;
import org.quiverdb.kernel.api.Direction;

/**
 * Plans a MATCH pattern. Cost choices: parts touching bound variables first, then the part whose
 * cheapest node is cheapest; within a part, start at a bound node or at the node with the smallest
 * label count (label scan, else all-nodes scan), then expand outwards both ways. WHERE conjuncts
 * are applied as soon as every variable they read is bound. Confined to one planning run.
 */
final class MatchPlanner {
    private final Cardinalities counts;
    private int fresh;

    MatchPlanner(Cardinalities counts) {
        this.counts = counts;
    }

    LogicalPlan plan(LogicalPlan source, Set<String> bound, List<PatternPart> parts, Expression where) {
        List<Expression> conjuncts = new ArrayList<>();
        split(where, conjuncts);
        List<PatternPart> remaining = new ArrayList<>(parts);
        List<String> rels = new ArrayList<>();
        LogicalPlan plan = source;
        plan = applyReady(plan, bound, conjuncts);
        while (!remaining.isEmpty()) {
            PatternPart next = choosePart(remaining, bound);
            remaining.remove(next);
            plan = planPart(plan, bound, next, conjuncts, rels);
        }
        if (rels.size() > 1 || parts.stream().anyMatch(MatchPlanner::hasVarLength)) {
            plan = new LogicalPlan.DistinctRelationships(plan, rels);
        }
        for (Expression c : conjuncts) {
            plan = new LogicalPlan.Filter(plan, c);
        }
        return plan;
    }

    private static boolean hasVarLength(PatternPart p) {
        return p.relationships().stream().anyMatch(r -> r.length() != null);
    }

    static void split(Expression e, List<Expression> out) {
        if (e == null) {
            return;
        }
        if (e instanceof Expression.Binary b && b.operator() == BinaryOperator.AND) {
            split(b.left(), out);
            split(b.right(), out);
        } else {
            out.add(e);
        }
    }

    private static LogicalPlan applyReady(LogicalPlan plan, Set<String> bound, List<Expression> conjuncts) {
        Iterator<Expression> it = conjuncts.iterator();
        while (it.hasNext()) {
            Expression c = it.next();
            if (bound.containsAll(FreeVariables.of(c))) {
                plan = new LogicalPlan.Filter(plan, c);
                it.remove();
            }
        }
        return plan;
    }

    private PatternPart choosePart(List<PatternPart> parts, Set<String> bound) {
        PatternPart best = null;
        long bestCost = Long.MAX_VALUE;
        for (PatternPart p : parts) {
            long cost = Long.MAX_VALUE;
            for (NodePattern n : p.nodes()) {
                cost = Math.min(cost, bound.contains(n.variable()) ? -1 : estimate(n));
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = p;
            }
        }
        return best;
    }

    private long estimate(NodePattern n) {
        if (n.labels().isEmpty()) {
            return counts.nodes(null);
        }
        long min = Long.MAX_VALUE;
        for (String l : n.labels()) {
            min = Math.min(min, counts.nodes(l));
        }
        return min;
    }

    private String cheapestLabel(NodePattern n) {
        String best = null;
        long min = Long.MAX_VALUE;
        for (String l : n.labels()) {
            long c = counts.nodes(l);
            if (c < min) {
                min = c;
                best = l;
            }
        }
        return best;
    }

    /**
     * The relationships the first expansions from node {@code i} would read, from the counts
     * store: starting where few relationships leave beats starting at the smaller label.
     */
    private long firstHops(PatternPart part, int i) {
        String label = cheapestLabel(part.nodes().get(i));
        long total = 0;
        if (i < part.relationships().size()) {
            RelationshipPattern r = part.relationships().get(i);
            total += hops(
                    r,
                    label,
                    r.direction() != PatternDirection.RIGHT_TO_LEFT,
                    r.direction() != PatternDirection.LEFT_TO_RIGHT);
        }
        if (i > 0) {
            RelationshipPattern r = part.relationships().get(i - 1);
            total += hops(
                    r,
                    label,
                    r.direction() != PatternDirection.LEFT_TO_RIGHT,
                    r.direction() != PatternDirection.RIGHT_TO_LEFT);
        }
        return total;
    }

    /** Relationships of {@code r}'s types at a {@code label} node, leaving and/or arriving. */
    private long hops(RelationshipPattern r, String label, boolean leaving, boolean arriving) {
        List<String> types = r.types().isEmpty() ? java.util.Collections.singletonList(null) : r.types();
        long total = 0;
        for (String t : types) {
            total += leaving ? counts.relationships(label, t, null) : 0;
            total += arriving ? counts.relationships(null, t, label) : 0;
        }
        return total;
    }

    private LogicalPlan planPart(
            LogicalPlan source, Set<String> bound, PatternPart part, List<Expression> conjuncts, List<String> rels) {
        if (part.shortest() != 0) {
            return planShortest(source, bound, part, conjuncts);
        }
        List<NodePattern> nodes = part.nodes();
        int start = 0;
        long best = Long.MAX_VALUE;
        long bestCost = Long.MAX_VALUE;
        for (int i = 0; i < nodes.size(); i++) {
            boolean isBound = bound.contains(nodes.get(i).variable());
            long cost = isBound ? -1 : estimate(nodes.get(i)) + firstHops(part, i);
            if (cost < bestCost) {
                bestCost = cost;
                best = isBound ? -1 : estimate(nodes.get(i));
                start = i;
            }
        }
        LogicalPlan plan = source;
        NodePattern first = nodes.get(start);
        String scanned = null;
        if (!bound.contains(first.variable())) {
            scanned = cheapestLabel(first);
            plan = new LogicalPlan.NodeScan(plan, first.variable(), scanned, best);
            bound.add(first.variable());
        }
        plan = nodeFilters(plan, first, scanned);
        plan = applyReady(plan, bound, conjuncts);
        for (int i = start; i < part.relationships().size(); i++) {
            plan = expand(plan, bound, nodes.get(i), part.relationships().get(i), nodes.get(i + 1), false, rels);
            plan = applyReady(plan, bound, conjuncts);
        }
        for (int i = start - 1; i >= 0; i--) {
            plan = expand(plan, bound, nodes.get(i + 1), part.relationships().get(i), nodes.get(i), true, rels);
            plan = applyReady(plan, bound, conjuncts);
        }
        if (part.pathVariable() != null) {
            plan = new LogicalPlan.BindPath(plan, part);
            bound.add(part.pathVariable());
            plan = applyReady(plan, bound, conjuncts);
        }
        return plan;
    }

    /**
     * Binds both ends (scanning those not bound yet), then searches. WHERE conjuncts that read the
     * path or its relationships are handed to the search: Neo4j returns the shortest path that
     * satisfies them, not the shortest path filtered afterwards.
     */
    private LogicalPlan planShortest(
            LogicalPlan source, Set<String> bound, PatternPart part, List<Expression> conjuncts) {
        LogicalPlan plan = source;
        for (NodePattern n : part.nodes()) {
            String scanned = null;
            if (!bound.contains(n.variable())) {
                scanned = cheapestLabel(n);
                plan = new LogicalPlan.NodeScan(plan, n.variable(), scanned, estimate(n));
                bound.add(n.variable());
            }
            plan = nodeFilters(plan, n, scanned);
            plan = applyReady(plan, bound, conjuncts);
        }
        String rel = part.relationships().get(0).variable();
        Set<String> visible = new java.util.HashSet<>(bound);
        visible.add(rel);
        if (part.pathVariable() != null) {
            visible.add(part.pathVariable());
        }
        Expression predicate = null;
        Iterator<Expression> it = conjuncts.iterator();
        while (it.hasNext()) {
            Expression c = it.next();
            if (visible.containsAll(FreeVariables.of(c))) {
                predicate =
                        predicate == null ? c : new Expression.Binary(c.position(), BinaryOperator.AND, predicate, c);
                it.remove();
            }
        }
        bound.addAll(visible);
        return new LogicalPlan.ShortestPath(plan, part, predicate, part.shortest() == 2);
    }

    private LogicalPlan expand(
            LogicalPlan plan,
            Set<String> bound,
            NodePattern from,
            RelationshipPattern rel,
            NodePattern to,
            boolean reversed,
            List<String> rels) {
        Direction dir =
                switch (rel.direction()) {
                    case LEFT_TO_RIGHT -> reversed ? Direction.INCOMING : Direction.OUTGOING;
                    case RIGHT_TO_LEFT -> reversed ? Direction.OUTGOING : Direction.INCOMING;
                    case UNDIRECTED -> Direction.BOTH;
                };
        boolean into = bound.contains(to.variable());
        String relVar = rel.variable();
        Expression sameAsBound = null;
        if (bound.contains(relVar)) {
            String alias = "  REL" + fresh;
            fresh++;
            sameAsBound = new Expression.Binary(
                    rel.position(),
                    BinaryOperator.EQ,
                    new Expression.Variable(rel.position(), alias),
                    new Expression.Variable(rel.position(), relVar));
            relVar = alias;
        }
        Expression varLengthProps = rel.length() != null ? rel.properties() : null;
        plan = new LogicalPlan.Expand(
                plan,
                from.variable(),
                relVar,
                to.variable(),
                dir,
                rel.types(),
                into,
                rel.length(),
                varLengthProps,
                reversed);
        bound.add(relVar);
        bound.add(to.variable());
        rels.add(relVar);
        if (sameAsBound != null) {
            plan = new LogicalPlan.Filter(plan, sameAsBound);
        }
        if (rel.length() == null && rel.properties() != null) {
            plan = propertyFilter(plan, relVar, rel.properties());
        }
        return nodeFilters(plan, to, null);
    }

    private static LogicalPlan nodeFilters(LogicalPlan plan, NodePattern n, String alreadyChecked) {
        List<String> labels = new ArrayList<>(n.labels());
        if (alreadyChecked != null) {
            labels.remove(alreadyChecked);
        }
        if (!labels.isEmpty()) {
            plan = new LogicalPlan.Filter(
                    plan,
                    new Expression.LabelCheck(
                            n.position(), new Expression.Variable(n.position(), n.variable()), labels));
        }
        if (n.properties() != null) {
            plan = propertyFilter(plan, n.variable(), n.properties());
        }
        return plan;
    }

    static LogicalPlan propertyFilter(LogicalPlan plan, String variable, Expression properties) {
        List<Expression> conjuncts = new ArrayList<>();
        split(PropertyFilters.predicate(variable, properties), conjuncts);
        for (Expression c : conjuncts) {
            plan = new LogicalPlan.Filter(plan, c);
        }
        return plan;
    }
}
