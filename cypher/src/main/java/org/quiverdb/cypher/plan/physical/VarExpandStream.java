package org.quiverdb.cypher.plan.physical;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.quiverdb.cypher.runtime.CompiledExpression;
import org.quiverdb.cypher.runtime.ExecutionContext;
import org.quiverdb.cypher.runtime.RowStream;
import org.quiverdb.kernel.api.Direction;
import org.quiverdb.kernel.api.RelationshipCursor;
import org.quiverdb.values.compare.Ternary;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.Value;

/**
 * The paths of one variable-length expansion from one start node, produced lazily: a depth-first
 * walk with an explicit stack of open relationship cursors, one per node on the current path, so
 * each {@link #next()} reads only up to the next qualifying path and a LIMIT above stops the walk.
 * Invariant: {@code path.size() == stack.size() - 1} between calls; relationships are unique
 * within a path. Order: a path comes before its extensions, siblings in cursor order. Confined.
 */
final class VarExpandStream implements RowStream {
    /** What one expansion looks for (slots, bounds, filters). */
    record Spec(
            int relSlot,
            int toSlot,
            Direction direction,
            int min,
            int max,
            boolean into,
            CompiledExpression predicate,
            int predicateSlot) {}

    /** A node on the current path and its cursor (opened on first use). */
    private static final class Frame {
        final long node;
        RelationshipCursor cursor;
        List<Long> loops;

        Frame(long node) {
            this.node = node;
        }
    }

    private final ExecutionContext ctx;
    private final Value[] row;
    private final Spec spec;
    private final int[] tokens;
    private final long target;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final List<Value> path = new ArrayList<>();
    private boolean started;

    VarExpandStream(ExecutionContext ctx, Value[] row, Spec spec, int[] tokens, long start, long target) {
        this.ctx = ctx;
        this.row = row;
        this.spec = spec;
        this.tokens = tokens;
        this.target = target;
        stack.addLast(new Frame(start));
    }

    @Override
    public Value[] next() {
        if (!started) {
            started = true;
            long start = stack.peekLast().node;
            if (qualifies(start)) {
                return emit(start);
            }
        }
        while (!stack.isEmpty()) {
            Frame top = stack.peekLast();
            long other = path.size() < spec.max() ? advance(top) : -1;
            if (other >= 0) {
                stack.addLast(new Frame(other));
                if (qualifies(other)) {
                    return emit(other);
                }
                continue;
            }
            stack.removeLast();
            if (!path.isEmpty()) {
                path.remove(path.size() - 1);
            }
        }
        return null;
    }

    /** Moves {@code top}'s cursor to the next usable relationship, appends it; -1 when exhausted. */
    private long advance(Frame top) {
        if (top.cursor == null) {
            top.cursor = ctx.tx().relationships(top.node, spec.direction(), tokens);
        }
        RelationshipCursor c = top.cursor;
        while (c.next()) {
            ctx.dbHit();
            RelationshipValue rel = ctx.relationship(c.relationshipId(), c.type(), c.startNode(), c.endNode());
            if (path.contains(rel) || !accepts(rel)) {
                continue;
            }
            if (c.startNode() == c.endNode()) {
                // a BOTH cursor may list a self-loop twice; it is one step
                if (top.loops == null) {
                    top.loops = new ArrayList<>();
                }
                if (top.loops.contains(c.relationshipId())) {
                    continue;
                }
                top.loops.add(c.relationshipId());
            }
            path.add(rel);
            return c.otherNode();
        }
        return -1;
    }

    private boolean accepts(RelationshipValue rel) {
        if (spec.predicate() == null) {
            return true;
        }
        Value[] test = row.clone();
        test[spec.predicateSlot()] = rel;
        Value v = spec.predicate().evaluate(test, ctx);
        return BinaryCompiler.ternary(v, "relationship properties") == Ternary.TRUE;
    }

    private boolean qualifies(long node) {
        return path.size() >= spec.min() && (!spec.into() || node == target);
    }

    private Value[] emit(long node) {
        Value[] out = row.clone();
        out[spec.relSlot()] = new ListValue(path);
        out[spec.toSlot()] = ctx.node(node);
        return out;
    }
}
