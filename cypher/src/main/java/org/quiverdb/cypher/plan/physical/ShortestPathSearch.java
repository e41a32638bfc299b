package org.quiverdb.cypher.plan.physical;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.quiverdb.cypher.runtime.ExecutionContext;
import org.quiverdb.kernel.api.Direction;
import org.quiverdb.kernel.api.RelationshipCursor;
import org.quiverdb.values.value.RelationshipValue;

/**
 * Finds the shortest path(s) between two nodes along relationships of the given types and
 * direction, with between {@code min} (0 or 1) and {@code max} relationships. Without a path
 * predicate it runs a breadth-first search that keeps, per node, the relationships reaching it on
 * the first level it was seen (all of them for allShortestPaths, one otherwise); a shortest path
 * never repeats a node, so relationship uniqueness holds by construction. With a path predicate
 * it falls back to an exhaustive, relationship-unique search in order of increasing length, so the
 * answer is the shortest path that satisfies the predicate (as Neo4j does), not a shortest path
 * filtered afterwards. Confined to one execution.
 */
final class ShortestPathSearch {
    /** What bounds a search: the graph view and the rules for one relationship step. */
    record Spec(Direction direction, int min, int max, boolean all) {}

    private record Step(RelationshipValue relationship, long parent) {}

    private final ExecutionContext ctx;
    private final Spec spec;
    private final int[] tokens;
    private final Predicate<RelationshipValue> stepTest;
    private final Predicate<List<RelationshipValue>> pathTest;

    ShortestPathSearch(
            ExecutionContext ctx,
            Spec spec,
            int[] tokens,
            Predicate<RelationshipValue> stepTest,
            Predicate<List<RelationshipValue>> pathTest) {
        this.ctx = ctx;
        this.spec = spec;
        this.tokens = tokens;
        this.stepTest = stepTest;
        this.pathTest = pathTest;
    }

    /** The relationship lists of the shortest paths from {@code from} to {@code to}; empty if none. */
    List<List<RelationshipValue>> find(long from, long to) {
        if (pathTest != null) {
            return exhaustive(from, to);
        }
        if (from == to) {
            return spec.min() == 0 ? List.of(List.of()) : List.of();
        }
        Map<Long, List<Step>> parents = breadthFirst(from, to);
        List<List<RelationshipValue>> out = new ArrayList<>();
        if (parents.containsKey(to)) {
            collect(parents, to, new ArrayList<>(), out);
        }
        return out;
    }

    private Map<Long, List<Step>> breadthFirst(long from, long to) {
        Map<Long, List<Step>> parents = new HashMap<>();
        Map<Long, Integer> level = new HashMap<>();
        parents.put(from, List.of());
        level.put(from, 0);
        List<Long> frontier = List.of(from);
        int depth = 0;
        boolean found = false;
        while (!found && depth < spec.max() && !frontier.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (long u : frontier) {
                RelationshipCursor c = ctx.tx().relationships(u, spec.direction(), tokens);
                while (c.next()) {
                    ctx.dbHit();
                    long v = c.otherNode();
                    Integer seen = level.get(v);
                    if (seen != null && seen != depth + 1) {
                        continue;
                    }
                    RelationshipValue rel = ctx.relationship(c.relationshipId(), c.type(), c.startNode(), c.endNode());
                    if (stepTest != null && !stepTest.test(rel)) {
                        continue;
                    }
                    if (seen == null) {
                        level.put(v, depth + 1);
                        parents.put(v, new ArrayList<>());
                        next.add(v);
                    }
                    List<Step> steps = parents.get(v);
                    if (spec.all() || steps.isEmpty()) {
                        steps.add(new Step(rel, u));
                    }
                    found |= v == to;
                }
                if (found && !spec.all()) {
                    break;
                }
            }
            frontier = next;
            depth++;
        }
        return parents;
    }

    /** Walks the parent links back from {@code node}; {@code suffix} is the path after it, reversed. */
    private void collect(
            Map<Long, List<Step>> parents,
            long node,
            List<RelationshipValue> suffix,
            List<List<RelationshipValue>> out) {
        List<Step> steps = parents.get(node);
        if (steps.isEmpty()) {
            List<RelationshipValue> path = new ArrayList<>(suffix);
            java.util.Collections.reverse(path);
            out.add(path);
            return;
        }
        for (Step s : steps) {
            suffix.add(s.relationship());
            collect(parents, s.parent(), suffix, out);
            suffix.remove(suffix.size() - 1);
            if (!spec.all() && !out.isEmpty()) {
                return;
            }
        }
    }

    /** Iterative deepening: every relationship-unique path of length d, for d = min, min+1, ... */
    private List<List<RelationshipValue>> exhaustive(long from, long to) {
        List<List<RelationshipValue>> out = new ArrayList<>();
        for (int d = spec.min(); d <= spec.max(); d++) {
            boolean[] reached = {false};
            depthLimited(from, to, d, new ArrayList<>(), out, reached);
            if (!out.isEmpty() || !reached[0]) {
                return out;
            }
        }
        return out;
    }

    private void depthLimited(
            long node,
            long to,
            int depth,
            List<RelationshipValue> path,
            List<List<RelationshipValue>> out,
            boolean[] reached) {
        if (path.size() == depth) {
            reached[0] = true;
            if (node == to && pathTest.test(path)) {
                out.add(List.copyOf(path));
            }
            return;
        }
        RelationshipCursor c = ctx.tx().relationships(node, spec.direction(), tokens);
        List<RelationshipValue> rels = new ArrayList<>();
        List<Long> others = new ArrayList<>();
        while (c.next()) {
            ctx.dbHit();
            RelationshipValue rel = ctx.relationship(c.relationshipId(), c.type(), c.startNode(), c.endNode());
            if (!path.contains(rel) && !rels.contains(rel) && (stepTest == null || stepTest.test(rel))) {
                rels.add(rel);
                others.add(c.otherNode());
            }
        }
        for (int i = 0; i < rels.size() && (spec.all() || out.isEmpty()); i++) {
            path.add(rels.get(i));
            depthLimited(others.get(i), to, depth, path, out, reached);
            path.remove(path.size() - 1);
        }
    }
}
