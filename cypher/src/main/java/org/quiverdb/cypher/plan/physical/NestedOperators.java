package org.quiverdb.cypher.plan.physical;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quiverdb.cypher.runtime.CompiledExpression;
import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.cypher.runtime.RowStream;
import org.quiverdb.values.compare.EquivalenceKey;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.Value;

/**
 * Operators that run a nested plan per row (OPTIONAL MATCH, CALL subqueries, FOREACH) or combine
 * two plans (UNION). The nested plan's argument is the outer row, so it sees every outer variable.
 * Stateless factories.
 */
final class NestedOperators {
    private NestedOperators() {}

    static Operator optional(Operator source, Operator inner, int[] introduced) {
        return (ctx, arg) -> new FlatMapStream(source.open(ctx, arg), row -> {
            RowStream s = inner.open(ctx, row);
            Value[] first = s.next();
            if (first != null) {
                return new RowStream() {
                    private Value[] pending = first;

                    @Override
                    public Value[] next() {
                        if (pending != null) {
                            Value[] r = pending;
                            pending = null;
                            return r;
                        }
                        return s.next();
                    }
                };
            }
            Value[] out = row.clone();
            for (int slot : introduced) {
                out[slot] = NullValue.NULL;
            }
            return RowStream.of(out);
        });
    }

    static Operator apply(Operator source, Operator inner, int[] columns, boolean unit) {
        return (ctx, arg) -> new FlatMapStream(source.open(ctx, arg), row -> {
            RowStream s = inner.open(ctx, row);
            if (unit) {
                while (s.next() != null) {
                    // a unit subquery runs for its side effects only
                }
                return RowStream.of(row);
            }
            return () -> {
                Value[] r = s.next();
                if (r == null) {
                    return null;
                }
                Value[] out = row.clone();
                for (int c : columns) {
                    out[c] = r[c];
                }
                return out;
            };
        });
    }

    static Operator foreach(Operator source, CompiledExpression list, int slot, Operator body) {
        return (ctx, arg) -> {
            RowStream in = source.open(ctx, arg);
            return () -> {
                Value[] row = in.next();
                if (row == null) {
                    return null;
                }
                Value v = list.evaluate(row, ctx);
                if (v.isNull()) {
                    return row;
                }
                if (!(v instanceof ListValue l)) {
                    throw CypherErrors.typeError("FOREACH", v, "a LIST");
                }
                for (Value e : l.values()) {
                    Value[] inner = row.clone();
                    inner[slot] = e;
                    RowStream s = body.open(ctx, inner);
                    while (s.next() != null) {
                        // drained for its writes
                    }
                }
                return row;
            };
        };
    }

    /** Concatenates two results into one slot layout; without ALL, removes duplicate rows. */
    static Operator union(
            Operator left, int[] leftSlots, Operator right, int[] rightSlots, int[] outSlots, boolean all) {
        return (ctx, arg) -> {
            RowStream l = left.open(ctx, arg);
            RowStream[] r = {null};
            Set<List<EquivalenceKey>> seen = new HashSet<>();
            return () -> {
                while (true) {
                    Value[] row;
                    int[] from;
                    if (r[0] == null) {
                        row = l.next();
                        from = leftSlots;
                        if (row == null) {
                            r[0] = right.open(ctx, arg);
                            continue;
                        }
                    } else {
                        row = r[0].next();
                        from = rightSlots;
                        if (row == null) {
                            return null;
                        }
                    }
                    Value[] out = ctx.newRow();
                    List<EquivalenceKey> key = new ArrayList<>();
                    for (int i = 0; i < outSlots.length; i++) {
                        out[outSlots[i]] = row[from[i]];
                        key.add(new EquivalenceKey(row[from[i]]));
                    }
                    if (all || seen.add(key)) {
                        return out;
                    }
                }
            };
        };
    }
}
