package org.quiverdb.cypher.plan.physical;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.quiverdb.cypher.runtime.ExecutionContext;
import org.quiverdb.kernel.api.Direction;
import org.quiverdb.kernel.api.RelationshipCursor;
import org.quiverdb.values.value.RelationshipValue;

/**
 * Breadth-first search from both ends at once for the shortest paths between two distinct nodes:
 * each round expands one whole level of the smaller frontier (the end side walks relationships
 * the other way round), and the first round in which the two visited sets meet fixes the length.
 * Every side keeps, per node, the relationships reaching it on the level it was first seen (all
 * of them for allShortestPaths, one otherwise); paths are the joins at the meeting nodes. A
 * shortest path repeats no node, so relationship uniqueness holds. Confined to one execution.
 */
final class BidirectionalSearch {
    private record Step(RelationshipValue relationship, long previous) {}

    /** One side's visited nodes: level first seen, and the steps that reached them. */
    private static final class Side {
        final Map<Long, Integer> level = new HashMap<>();
        final Map<Long, List<Step>> steps = new HashMap<>();
        final Direction direction;
        List<Long> frontier;
        int depth;

        Side(long start, Direction direction) {
            this.direction = direction;
            level.put(start, 0);
            steps.put(start, List.of());
            frontier = List.of(start);
        }
    }

    private final ExecutionContext ctx;
    private final int[] tokens;
    private final int max;
    private final boolean all;
    private final Predicate<RelationshipValue> stepTest;

    BidirectionalSearch(
            ExecutionContext ctx, int[] tokens, int max, boolean all, Predicate<RelationshipValue> stepTest) {
        this.ctx = ctx;
        this.tokens = tokens;
        this.max = max;
        this.all = all;
        this.stepTest = stepTest;
    }

    /** The relationship lists of the shortest paths from {@code from} to {@code to} (distinct). */
    List<List<RelationshipValue>> find(long from, long to, Direction direction) {
        Side forward = new Side(from, direction);
        Side backward = new Side(to, reverse(direction));
        while (forward.depth + backward.depth < max && !forward.frontier.isEmpty() && !backward.frontier.isEmpty()) {
            Side grow = forward.frontier.size() <= backward.frontier.size() ? forward : backward;
            Side other = grow == forward ? backward : forward;
            List<Long> meets = expand(grow, other);
            if (!meets.isEmpty()) {
                return join(forward, backward, meets);
            }
        }
        return List.of();
    }

    private static Direction reverse(Direction d) {
        return switch (d) {
            case OUTGOING -> Direction.INCOMING;
            case INCOMING -> Direction.OUTGOING;
            case BOTH -> Direction.BOTH;
        };
    }

    /** Expands one level of {@code side}; the newly seen nodes {@code other} has seen too. */
    private List<Long> expand(Side side, Side other) {
        List<Long> next = new ArrayList<>();
        List<Long> meets = new ArrayList<>();
        int depth = side.depth + 1;
        for (long u : side.frontier) {
            RelationshipCursor c = ctx.tx().relationships(u, side.direction, tokens);
            while (c.next()) {
                ctx.dbHit();
                long v = c.otherNode();
                Integer seen = side.level.get(v);
                if (seen != null && seen != depth) {
                    continue;
                }
                RelationshipValue rel = ctx.relationship(c.relationshipId(), c.type(), c.startNode(), c.endNode());
                if (stepTest != null && !stepTest.test(rel)) {
                    continue;
                }
                if (seen == null) {
                    side.level.put(v, depth);
                    side.steps.put(v, new ArrayList<>());
                    next.add(v);
                    if (other.level.containsKey(v)) {
                        meets.add(v);
                    }
                }
                List<Step> steps = side.steps.get(v);
                if (all || steps.isEmpty()) {
                    steps.add(new Step(rel, u));
                }
            }
        }
        side.frontier = next;
        side.depth = depth;
        return meets;
    }

    private List<List<RelationshipValue>> join(Side forward, Side backward, List<Long> meets) {
        int best = Integer.MAX_VALUE;
        for (long m : meets) {
            best = Math.min(best, forward.level.get(m) + backward.level.get(m));
        }
        List<List<RelationshipValue>> out = new ArrayList<>();
        for (long m : meets) {
            if (forward.level.get(m) + backward.level.get(m) != best) {
                continue;
            }
            List<List<RelationshipValue>> heads = new ArrayList<>();
            trace(forward, m, new ArrayList<>(), heads);
            List<List<RelationshipValue>> tails = new ArrayList<>();
            trace(backward, m, new ArrayList<>(), tails);
            for (List<RelationshipValue> head : heads) {
                Collections.reverse(head);
                for (List<RelationshipValue> tail : tails) {
                    List<RelationshipValue> path = new ArrayList<>(head);
                    path.addAll(tail);
                    out.add(path);
                    if (!all) {
                        return out;
                    }
                }
            }
        }
        return out;
    }

    /** The step lists from {@code node} back to the side's start, nearest step first. */
    private void trace(Side side, long node, List<RelationshipValue> prefix, List<List<RelationshipValue>> out) {
        List<Step> steps = side.steps.get(node);
        if (steps.isEmpty()) {
            out.add(new ArrayList<>(prefix));
            return;
        }
        for (Step s : steps) {
            prefix.add(s.relationship());
            trace(side, s.previous(), prefix, out);
            prefix.remove(prefix.size() - 1);
            if (!all && !out.isEmpty()) {
                return;
            }
        }
    }
}
