package org.quiverdb.cypher.plan.physical;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quiverdb.cypher.runtime.CompiledExpression;
import org.quiverdb.cypher.runtime.ExecutionContext;
import org.quiverdb.cypher.runtime.RowStream;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.compare.Ternary;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.Value;

/**
 * Streaming operators that look at one row at a time: filter, projection, unwind, skip, limit,
 * relationship uniqueness. None buffers rows. Stateless factories.
 */
final class RowOperators {
    private RowOperators() {}

    static Operator filter(Operator source, CompiledExpression predicate) {
        return (ctx, arg) -> {
            RowStream in = source.open(ctx, arg);
            return () -> {
                for (Value[] row = in.next(); row != null; row = in.next()) {
                    if (BinaryCompiler.ternary(predicate.evaluate(row, ctx), "WHERE") == Ternary.TRUE) {
                        return row;
                    }
                }
                return null;
            };
        };
    }

    static Operator projection(Operator source, int[] slots, CompiledExpression[] expressions) {
        return (ctx, arg) -> {
            RowStream in = source.open(ctx, arg);
            return () -> {
                Value[] row = in.next();
                if (row == null) {
                    return null;
                }
                Value[] values = new Value[slots.length];
                for (int i = 0; i < slots.length; i++) {
                    values[i] = expressions[i].evaluate(row, ctx);
                }
                Value[] out = row.clone();
                for (int i = 0; i < slots.length; i++) {
                    out[slots[i]] = values[i];
                }
                return out;
            };
        };
    }

    static Operator unwind(Operator source, CompiledExpression list, int slot) {
        return (ctx, arg) -> new FlatMapStream(source.open(ctx, arg), row -> {
            Value v = list.evaluate(row, ctx);
            List<Value> elements;
            if (v.isNull()) {
                return RowStream.EMPTY;
            } else if (v instanceof ListValue l) {
                elements = l.values();
            } else {
                elements = List.of(v);
            }
            int[] i = {0};
            return () -> {
                if (i[0] >= elements.size()) {
                    return null;
                }
                Value[] out = row.clone();
                out[slot] = elements.get(i[0]++);
                return out;
            };
        });
    }

    static long count(CompiledExpression e, ExecutionContext ctx, String clause) {
        Value v = e.evaluate(ctx.newRow(), ctx);
        if (!(v instanceof IntegerValue i) || i.value() < 0) {
            // Neo4j reports a bad SKIP / LIMIT value as a SyntaxError, also when it comes from a parameter
            throw new QuiverException(
                    Status.STATEMENT_SYNTAX_ERROR,
                    "Invalid input. '" + org.quiverdb.cypher.runtime.ValueText.of(v) + "' is not a valid value for "
                            + clause + ". Must be a non-negative integer.");
        }
        return i.value();
    }

    static Operator skip(Operator source, CompiledExpression n) {
        return (ctx, arg) -> {
            long skip = count(n, ctx, "SKIP");
            RowStream in = source.open(ctx, arg);
            long[] skipped = {0};
            return () -> {
                while (skipped[0] < skip) {
                    if (in.next() == null) {
                        return null;
                    }
                    skipped[0]++;
                }
                return in.next();
            };
        };
    }

    static Operator limit(Operator source, CompiledExpression n) {
        return (ctx, arg) -> {
            long limit = count(n, ctx, "LIMIT");
            RowStream in = source.open(ctx, arg);
            if (limit == 0) {
                return RowStream.EMPTY;
            }
            long[] produced = {0};
            return () -> {
                if (produced[0] >= limit) {
                    return null;
                }
                Value[] row = in.next();
                if (row != null) {
                    produced[0]++;
                }
                return row;
            };
        };
    }

    /** Reverses the list in {@code slot}: a variable-length hop expanded from its right end. */
    static Operator reverseList(Operator source, int slot) {
        return (ctx, arg) -> {
            RowStream in = source.open(ctx, arg);
            return () -> {
                Value[] row = in.next();
                if (row != null && row[slot] instanceof ListValue l) {
                    java.util.List<Value> r = new java.util.ArrayList<>(l.values());
                    java.util.Collections.reverse(r);
                    row[slot] = new ListValue(r);
                }
                return row;
            };
        };
    }

    static Operator distinctRelationships(Operator source, int[] slots) {
        return (ctx, arg) -> {
            RowStream in = source.open(ctx, arg);
            return () -> {
                for (Value[] row = in.next(); row != null; row = in.next()) {
                    if (unique(row, slots)) {
                        return row;
                    }
                }
                return null;
            };
        };
    }

    private static boolean unique(Value[] row, int[] slots) {
        Set<Long> seen = new HashSet<>();
        for (int s : slots) {
            Value v = row[s];
            if (v instanceof RelationshipValue r) {
                if (!seen.add(r.id())) {
                    return false;
                }
            } else if (v instanceof ListValue l) {
                for (Value e : l.values()) {
                    if (e instanceof RelationshipValue r && !seen.add(r.id())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Builds a path value from node slots and relationship slots (lists for variable length). */
    static Operator bindPath(Operator source, int pathSlot, int[] nodeSlots, int[] relSlots) {
        return (ctx, arg) -> {
            RowStream in = source.open(ctx, arg);
            return () -> {
                Value[] row = in.next();
                if (row == null) {
                    return null;
                }
                Value[] out = row.clone();
                out[pathSlot] = Paths.build(row, nodeSlots, relSlots, ctx);
                return out;
            };
        };
    }
}
