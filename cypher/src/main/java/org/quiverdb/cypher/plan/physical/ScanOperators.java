package org.quiverdb.cypher.plan.physical;

import java.util.List;
import org.quiverdb.cypher.runtime.CompiledExpression;
import org.quiverdb.cypher.runtime.ExecutionContext;
import org.quiverdb.cypher.runtime.RowStream;
import org.quiverdb.kernel.api.Direction;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.LongIterator;
import org.quiverdb.kernel.api.RelationshipCursor;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.Value;

/**
 * Operators that read the graph: node scans (all nodes or by label) and expansions (single hop,
 * into a bound node, variable length). Each pulls one entity from the kernel per row produced,
 * so a LIMIT above them stops the reading. Stateless factories.
 */
final class ScanOperators {
    private ScanOperators() {}

    static Operator nodeScan(Operator source, int slot, String label) {
        return (ctx, arg) -> new FlatMapStream(source.open(ctx, arg), row -> {
            KernelTransaction tx = ctx.tx();
            LongIterator ids;
            if (label == null) {
                ids = tx.allNodes();
            } else {
                int token = tx.labelToken(label);
                if (token == KernelTransaction.NO_TOKEN) {
                    return RowStream.EMPTY;
                }
                ids = tx.nodesWithLabel(token);
            }
            return () -> {
                if (!ids.hasNext()) {
                    return null;
                }
                ctx.dbHit();
                Value[] out = row.clone();
                out[slot] = ctx.node(ids.next());
                return out;
            };
        });
    }

    /** The relationship-type tokens of {@code types}; null when none of them exists. */
    static int[] typeTokens(ExecutionContext ctx, List<String> types) {
        if (types.isEmpty()) {
            return new int[0];
        }
        int[] out = new int[types.size()];
        int n = 0;
        for (String t : types) {
            int token = ctx.tx().relationshipTypeToken(t);
            if (token != KernelTransaction.NO_TOKEN) {
                out[n++] = token;
            }
        }
        return n == 0 ? null : java.util.Arrays.copyOf(out, n);
    }

    static Operator expand(
            Operator source, int fromSlot, int relSlot, int toSlot, Direction dir, List<String> types, boolean into) {
        return (ctx, arg) -> new FlatMapStream(source.open(ctx, arg), row -> {
            if (!(row[fromSlot] instanceof NodeValue from)) {
                return RowStream.EMPTY;
            }
            int[] tokens = typeTokens(ctx, types);
            if (tokens == null) {
                return RowStream.EMPTY;
            }
            long target = into && row[toSlot] instanceof NodeValue t ? t.id() : -1;
            if (into && target < 0) {
                return RowStream.EMPTY;
            }
            RelationshipCursor cursor = ctx.tx().relationships(from.id(), dir, tokens);
            boolean[] loopSeen = {false};
            long[] lastLoop = {-1};
            return () -> {
                while (cursor.next()) {
                    ctx.dbHit();
                    long other = cursor.otherNode();
                    if (into && other != target) {
                        continue;
                    }
                    if (dir == Direction.BOTH && cursor.startNode() == cursor.endNode()) {
                        // an undirected self-loop is one match, though a BOTH cursor may list it twice
                        if (loopSeen[0] && lastLoop[0] == cursor.relationshipId()) {
                            continue;
                        }
                        loopSeen[0] = true;
                        lastLoop[0] = cursor.relationshipId();
                    }
                    Value[] out = row.clone();
                    out[relSlot] = ctx.relationship(
                            cursor.relationshipId(), cursor.type(), cursor.startNode(), cursor.endNode());
                    out[toSlot] = ctx.node(other);
                    return out;
                }
                return null;
            };
        });
    }

    /** Variable-length expansion: depth-first, relationships unique within each path. */
    static Operator varExpand(
            Operator source,
            int fromSlot,
            int relSlot,
            int toSlot,
            Direction dir,
            List<String> types,
            boolean into,
            int min,
            int max,
            CompiledExpression relPredicate,
            int predicateSlot) {
        return (ctx, arg) -> new FlatMapStream(source.open(ctx, arg), row -> {
            if (!(row[fromSlot] instanceof NodeValue from)) {
                return RowStream.EMPTY;
            }
            int[] tokens = typeTokens(ctx, types);
            if (tokens == null) {
                return min == 0 && !into ? single(row, relSlot, toSlot, from) : RowStream.EMPTY;
            }
            long target = into && row[toSlot] instanceof NodeValue t ? t.id() : -1;
            if (into && target < 0) {
                return RowStream.EMPTY;
            }
            VarExpandStream.Spec spec =
                    new VarExpandStream.Spec(relSlot, toSlot, dir, min, max, into, relPredicate, predicateSlot);
            return new VarExpandStream(ctx, row, spec, tokens, from.id(), target);
        });
    }

    private static RowStream single(Value[] row, int relSlot, int toSlot, NodeValue from) {
        Value[] out = row.clone();
        out[relSlot] = ListValue.EMPTY;
        out[toSlot] = from;
        return RowStream.of(out);
    }
}
