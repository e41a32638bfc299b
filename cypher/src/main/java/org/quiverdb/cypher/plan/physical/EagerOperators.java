package org.quiverdb.cypher.plan.physical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.quiverdb.cypher.function.Aggregator;
import org.quiverdb.cypher.runtime.CompiledExpression;
import org.quiverdb.cypher.runtime.RowStream;
import org.quiverdb.values.compare.CypherOrdering;
import org.quiverdb.values.compare.EquivalenceKey;
import org.quiverdb.values.value.Value;

/**
 * Operators that must see many rows before producing: sort, distinct (streaming, but remembers
 * keys), grouping aggregation, and eager materialisation. Stateless factories.
 */
final class EagerOperators {
    private EagerOperators() {}

    static Operator eager(Operator source) {
        return (ctx, arg) -> {
            RowStream in = source.open(ctx, arg);
            List<Value[]> rows = new ArrayList<>();
            for (Value[] r = in.next(); r != null; r = in.next()) {
                rows.add(r);
            }
            return new ListStream(rows);
        };
    }

    /** A row with its evaluated sort keys. */
    @SuppressWarnings("ArrayRecordComponent") // internal, never compared or hashed
    private record Keyed(Value[] keys, Value[] row) {}

    static Operator sort(Operator source, CompiledExpression[] keys, boolean[] ascending) {
        return (ctx, arg) -> {
            RowStream in = source.open(ctx, arg);
            List<Keyed> keyed = new ArrayList<>();
            for (Value[] r = in.next(); r != null; r = in.next()) {
                Value[] k = new Value[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    k[i] = keys[i].evaluate(r, ctx);
                }
                keyed.add(new Keyed(k, r));
            }
            Comparator<Keyed> cmp = (a, b) -> {
                for (int i = 0; i < keys.length; i++) {
                    int c = CypherOrdering.INSTANCE.compare(a.keys()[i], b.keys()[i]);
                    if (c != 0) {
                        return ascending[i] ? c : -c;
                    }
                }
                return 0;
            };
            keyed.sort(cmp);
            List<Value[]> rows = new ArrayList<>(keyed.size());
            for (Keyed e : keyed) {
                rows.add(e.row());
            }
            return new ListStream(rows);
        };
    }

    static Operator distinct(Operator source, int[] slots) {
        return (ctx, arg) -> {
            RowStream in = source.open(ctx, arg);
            Set<List<EquivalenceKey>> seen = new HashSet<>();
            return () -> {
                for (Value[] r = in.next(); r != null; r = in.next()) {
                    List<EquivalenceKey> key = new ArrayList<>(slots.length);
                    for (int s : slots) {
                        key.add(new EquivalenceKey(r[s]));
                    }
                    if (seen.add(key)) {
                        return r;
                    }
                }
                return null;
            };
        };
    }

    /** One aggregate column: its argument expressions and a factory of per-group aggregators. */
    @SuppressWarnings("ArrayRecordComponent") // internal, never compared or hashed
    record AggregateSpec(CompiledExpression[] arguments, Supplier<Aggregator> factory, int slot) {}

    static Operator aggregation(
            Operator source, CompiledExpression[] groupKeys, int[] groupSlots, List<AggregateSpec> aggregates) {
        return (ctx, arg) -> {
            RowStream in = source.open(ctx, arg);
            Map<List<EquivalenceKey>, Aggregator[]> groups = new LinkedHashMap<>();
            Map<List<EquivalenceKey>, Value[]> keyValues = new LinkedHashMap<>();
            for (Value[] r = in.next(); r != null; r = in.next()) {
                Value[] keys = new Value[groupKeys.length];
                List<EquivalenceKey> key = new ArrayList<>(groupKeys.length);
                for (int i = 0; i < groupKeys.length; i++) {
                    keys[i] = groupKeys[i].evaluate(r, ctx);
                    key.add(new EquivalenceKey(keys[i]));
                }
                Aggregator[] aggs = groups.get(key);
                if (aggs == null) {
                    aggs = new Aggregator[aggregates.size()];
                    for (int i = 0; i < aggs.length; i++) {
                        aggs[i] = aggregates.get(i).factory().get();
                    }
                    groups.put(key, aggs);
                    keyValues.put(key, keys);
                }
                for (int i = 0; i < aggs.length; i++) {
                    CompiledExpression[] argExprs = aggregates.get(i).arguments();
                    Value[] args = new Value[argExprs.length];
                    for (int j = 0; j < args.length; j++) {
                        args[j] = argExprs[j].evaluate(r, ctx);
                    }
                    aggs[i].add(args);
                }
            }
            if (groups.isEmpty() && groupKeys.length == 0) {
                Aggregator[] aggs = new Aggregator[aggregates.size()];
                for (int i = 0; i < aggs.length; i++) {
                    aggs[i] = aggregates.get(i).factory().get();
                }
                groups.put(List.of(), aggs);
                keyValues.put(List.of(), new Value[0]);
            }
            List<Value[]> rows = new ArrayList<>(groups.size());
            for (Map.Entry<List<EquivalenceKey>, Aggregator[]> g : groups.entrySet()) {
                Value[] out = ctx.newRow();
                System.arraycopy(arg, 0, out, 0, Math.min(arg.length, out.length));
                Value[] keys = keyValues.get(g.getKey());
                for (int i = 0; i < groupSlots.length; i++) {
                    out[groupSlots[i]] = keys[i];
                }
                Aggregator[] aggs = g.getValue();
                for (int i = 0; i < aggs.length; i++) {
                    out[aggregates.get(i).slot()] = aggs[i].result();
                }
                rows.add(out);
            }
            return new ListStream(rows);
        };
    }
}
