package org.quiverdb.cypher.plan.physical;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.quiverdb.cypher.runtime.CompiledExpression;
import org.quiverdb.cypher.runtime.ExecutionContext;
import org.quiverdb.cypher.runtime.RowStream;
import org.quiverdb.kernel.api.Direction;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.compare.Ternary;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.PathValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.Value;

/**
 * The shortestPath / allShortestPaths operator: for each input row with both end nodes bound, one
 * row per path found by {@link ShortestPathSearch}, binding the relationship slot (a list when the
 * pattern is variable length) and the path slot. Stateless factory.
 */
final class ShortestPathOperators {
    /**
     * Slots and search rules. {@code pathSlot} is -1 without a path variable; {@code stepPredicate}
     * (the relationship pattern's properties, reading {@code stepSlot}) and {@code pathPredicate}
     * (WHERE conjuncts on the path) may be null.
     */
    record Config(
            int fromSlot,
            int toSlot,
            int relSlot,
            int pathSlot,
            boolean varLength,
            Direction direction,
            List<String> types,
            int min,
            int max,
            boolean all,
            CompiledExpression stepPredicate,
            int stepSlot,
            CompiledExpression pathPredicate) {}

    private ShortestPathOperators() {}

    static Operator shortestPath(Operator source, Config c) {
        return (ctx, arg) -> new FlatMapStream(source.open(ctx, arg), row -> {
            if (!(row[c.fromSlot()] instanceof NodeValue from) || !(row[c.toSlot()] instanceof NodeValue to)) {
                return RowStream.EMPTY;
            }
            if (from.id() == to.id() && c.min() > 0) {
                // Neo4j's default (forbid_shortestpath_common_nodes) refuses rather than miss rows
                throw new QuiverException(
                        Status.STATEMENT_EXECUTION_FAILED,
                        "The shortest path algorithm does not work when the start and end nodes are the same"
                                + " (node " + from.id() + "); use a minimal length of 0 or a variable-length"
                                + " pattern ordered by length instead");
            }
            int[] tokens = ScanOperators.typeTokens(ctx, c.types());
            if (tokens == null) {
                return from.id() == to.id() ? rows(ctx, row, c, from, List.of(List.of())) : RowStream.EMPTY;
            }
            ShortestPathSearch search = new ShortestPathSearch(
                    ctx,
                    new ShortestPathSearch.Spec(c.direction(), c.min(), c.max(), c.all()),
                    tokens,
                    stepTest(ctx, row, c),
                    pathTest(ctx, row, c, from));
            return rows(ctx, row, c, from, search.find(from.id(), to.id()));
        });
    }

    private static Predicate<RelationshipValue> stepTest(ExecutionContext ctx, Value[] row, Config c) {
        if (c.stepPredicate() == null) {
            return null;
        }
        return rel -> {
            Value[] test = row.clone();
            test[c.stepSlot()] = rel;
            return isTrue(c.stepPredicate().evaluate(test, ctx));
        };
    }

    private static Predicate<List<RelationshipValue>> pathTest(
            ExecutionContext ctx, Value[] row, Config c, NodeValue from) {
        if (c.pathPredicate() == null) {
            return null;
        }
        return rels -> isTrue(c.pathPredicate().evaluate(bind(ctx, row, c, from, rels), ctx));
    }

    private static boolean isTrue(Value v) {
        return BinaryCompiler.ternary(v, "shortest path predicate") == Ternary.TRUE;
    }

    private static RowStream rows(
            ExecutionContext ctx, Value[] row, Config c, NodeValue from, List<List<RelationshipValue>> paths) {
        List<Value[]> out = new ArrayList<>(paths.size());
        for (List<RelationshipValue> rels : paths) {
            out.add(bind(ctx, row, c, from, rels));
        }
        return new ListStream(out);
    }

    private static Value[] bind(
            ExecutionContext ctx, Value[] row, Config c, NodeValue from, List<RelationshipValue> rels) {
        Value[] out = row.clone();
        out[c.relSlot()] = c.varLength() ? new ListValue(new ArrayList<Value>(rels)) : rels.get(0);
        if (c.pathSlot() >= 0) {
            List<NodeValue> nodes = new ArrayList<>(rels.size() + 1);
            nodes.add(from);
            long current = from.id();
            for (RelationshipValue r : rels) {
                current = r.startId() == current ? r.endId() : r.startId();
                nodes.add(ctx.node(current));
            }
            out[c.pathSlot()] = new PathValue(nodes, rels);
        }
        return out;
    }
}
