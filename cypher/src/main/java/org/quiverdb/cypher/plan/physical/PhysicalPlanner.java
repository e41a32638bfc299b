package org.quiverdb.cypher.plan.physical;

import java.util.ArrayList;
import java.util.List;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.ast.PatternPart;
import org.quiverdb.cypher.ast.Query;
import org.quiverdb.cypher.ast.RelationshipPattern;
import org.quiverdb.cypher.function.Aggregations;
import org.quiverdb.cypher.plan.logical.LogicalPlan;
import org.quiverdb.cypher.plan.logical.LogicalPlanner;
import org.quiverdb.cypher.runtime.CompiledExpression;
import org.quiverdb.kernel.api.Direction;

/**
 * Turns a logical plan into operators: gives every variable a slot (a fresh one each time a
 * variable is bound, so shadowed values never clash), compiles expressions against the scope at
 * their point of the plan, and plans the patterns and subqueries inside expressions. Postcondition:
 * {@link #width()} covers every slot used. Confined to one planning run.
 */
public final class PhysicalPlanner implements SubPlanner {
    private final SlotLayout slots = new SlotLayout();
    private final ExpressionCompiler compiler = new ExpressionCompiler(slots);
    private final LogicalPlanner logical;
    private final WritePlanner writes;

    /** An operator and the scope of the rows it produces. */
    public record Built(Operator operator, Scope scope) {}

    private final boolean profiling;
    private final java.util.IdentityHashMap<LogicalPlan, List<String>> identifiers = new java.util.IdentityHashMap<>();
    private final java.util.IdentityHashMap<LogicalPlan, Integer> operatorIds = new java.util.IdentityHashMap<>();

    public PhysicalPlanner(LogicalPlanner logical) {
        this(logical, false);
    }

    /** With {@code profiling}, every operator counts its rows and db hits (for PROFILE). */
    public PhysicalPlanner(LogicalPlanner logical, boolean profiling) {
        this.logical = logical;
        this.profiling = profiling;
        this.compiler.subPlanner(this);
        this.writes = new WritePlanner(compiler);
    }

    public int width() {
        return slots.width();
    }

    /** The user-visible variables bound in the rows of each operator planned so far. */
    public List<String> identifiers(LogicalPlan plan) {
        return identifiers.getOrDefault(plan, List.of());
    }

    /** The PROFILE counter index of an operator planned so far; -1 when it has none. */
    public int operatorId(LogicalPlan plan) {
        return operatorIds.getOrDefault(plan, -1);
    }

    /** How many operators were numbered for PROFILE. */
    public int operatorCount() {
        return operatorIds.size();
    }

    public Built build(LogicalPlan plan, Scope argument) {
        Built built = buildOperator(plan, argument);
        identifiers.put(plan, visible(built.scope()));
        if (!profiling) {
            return built;
        }
        int id = operatorIds.size();
        operatorIds.put(plan, id);
        return new Built(ProfiledOperator.wrap(built.operator(), id), built.scope());
    }

    /** Scope names as Neo4j shows them: anonymous ones as anon_N, internal ones not at all. */
    private static List<String> visible(Scope scope) {
        List<String> out = new ArrayList<>();
        for (String n : scope.names()) {
            if (n.startsWith("  UNNAMED")) {
                out.add("anon_" + n.substring("  UNNAMED".length()));
            } else if (!n.startsWith(" ")) {
                out.add(n);
            }
        }
        return out;
    }

    private Built buildOperator(LogicalPlan plan, Scope argument) {
        if (plan instanceof LogicalPlan.Argument) {
            return new Built((ctx, arg) -> org.quiverdb.cypher.runtime.RowStream.of(arg.clone()), argument);
        }
        if (plan instanceof LogicalPlan.NodeScan s) {
            Built src = build(s.source(), argument);
            int slot = slots.allocate();
            return new Built(
                    ScanOperators.nodeScan(src.operator(), slot, s.label()),
                    src.scope().with(s.variable(), slot));
        }
        if (plan instanceof LogicalPlan.Expand e) {
            return expand(e, argument);
        }
        if (plan instanceof LogicalPlan.ShortestPath s) {
            return shortestPath(s, argument);
        }
        if (plan instanceof LogicalPlan.Filter f) {
            Built src = build(f.source(), argument);
            return new Built(
                    RowOperators.filter(src.operator(), compiler.compile(f.predicate(), src.scope())), src.scope());
        }
        if (plan instanceof LogicalPlan.DistinctRelationships d) {
            Built src = build(d.source(), argument);
            int[] rels = d.relationships().stream().mapToInt(src.scope()::slot).toArray();
            return new Built(RowOperators.distinctRelationships(src.operator(), rels), src.scope());
        }
        if (plan instanceof LogicalPlan.BindPath b) {
            Built src = build(b.source(), argument);
            PatternPart p = b.pattern();
            int[] nodeSlots = p.nodes().stream()
                    .mapToInt(n -> src.scope().slot(n.variable()))
                    .toArray();
            int[] relSlots = p.relationships().stream()
                    .mapToInt(r -> src.scope().slot(r.variable()))
                    .toArray();
            int slot = slots.allocate();
            return new Built(
                    RowOperators.bindPath(src.operator(), slot, nodeSlots, relSlots),
                    src.scope().with(p.pathVariable(), slot));
        }
        if (plan instanceof LogicalPlan.Optional o) {
            Built src = build(o.source(), argument);
            Built inner = build(o.inner(), src.scope());
            int[] introduced =
                    o.introduced().stream().mapToInt(inner.scope()::slot).toArray();
            return new Built(NestedOperators.optional(src.operator(), inner.operator(), introduced), inner.scope());
        }
        if (plan instanceof LogicalPlan.Projection p) {
            Built src = build(p.source(), argument);
            int[] out = new int[p.items().size()];
            CompiledExpression[] exprs = new CompiledExpression[out.length];
            Scope scope = src.scope();
            for (int i = 0; i < out.length; i++) {
                exprs[i] = compiler.compile(p.items().get(i).expression(), src.scope());
                out[i] = slots.allocate();
                scope = scope.with(p.items().get(i).name(), out[i]);
            }
            return new Built(RowOperators.projection(src.operator(), out, exprs), scope);
        }
        if (plan instanceof LogicalPlan.Select s) {
            Built src = build(s.source(), argument);
            Scope scope = Scope.EMPTY;
            for (String n : s.names()) {
                scope = scope.with(n, src.scope().slot(n));
            }
            return new Built(src.operator(), scope);
        }
        return buildMore(plan, argument);
    }

    private Built expand(LogicalPlan.Expand e, Scope argument) {
        Built src = build(e.source(), argument);
        Scope scope = src.scope();
        int from = scope.slot(e.from());
        int rel = slots.allocate();
        int to = e.into() ? scope.slot(e.to()) : slots.allocate();
        Scope out = scope.with(e.relationship(), rel);
        if (!e.into()) {
            out = out.with(e.to(), to);
        }
        if (e.length() == null) {
            return new Built(
                    ScanOperators.expand(src.operator(), from, rel, to, e.direction(), e.types(), e.into()), out);
        }
        int min = e.length().min() == null ? 1 : e.length().min();
        int max = e.length().max() == null ? Integer.MAX_VALUE : e.length().max();
        CompiledExpression predicate = null;
        int predicateSlot = -1;
        if (e.properties() != null) {
            predicateSlot = slots.allocate();
            String tmp = "  VARREL" + predicateSlot;
            Expression p = org.quiverdb.cypher.plan.logical.PropertyFilters.predicate(tmp, e.properties());
            predicate = compiler.compile(p, scope.with(tmp, predicateSlot));
        }
        Operator op = ScanOperators.varExpand(
                src.operator(), from, rel, to, e.direction(), e.types(), e.into(), min, max, predicate, predicateSlot);
        if (e.reversed()) {
            op = RowOperators.reverseList(op, rel);
        }
        return new Built(op, out);
    }

    private Built shortestPath(LogicalPlan.ShortestPath s, Scope argument) {
        Built src = build(s.source(), argument);
        PatternPart p = s.pattern();
        RelationshipPattern r = p.relationships().get(0);
        Direction dir =
                switch (r.direction()) {
                    case LEFT_TO_RIGHT -> Direction.OUTGOING;
                    case RIGHT_TO_LEFT -> Direction.INCOMING;
                    case UNDIRECTED -> Direction.BOTH;
                };
        int rel = slots.allocate();
        int path = p.pathVariable() == null ? -1 : slots.allocate();
        Scope out = src.scope().with(r.variable(), rel);
        if (path >= 0) {
            out = out.with(p.pathVariable(), path);
        }
        CompiledExpression step = null;
        int stepSlot = -1;
        if (r.properties() != null) {
            stepSlot = slots.allocate();
            String tmp = "  SPREL" + stepSlot;
            Expression e = org.quiverdb.cypher.plan.logical.PropertyFilters.predicate(tmp, r.properties());
            step = compiler.compile(e, src.scope().with(tmp, stepSlot));
        }
        CompiledExpression pathPredicate = s.predicate() == null ? null : compiler.compile(s.predicate(), out);
        RelationshipPattern.Range len = r.length();
        int min = len == null ? 1 : len.min() == null ? 1 : len.min();
        int max = len == null ? 1 : len.max() == null ? Integer.MAX_VALUE : len.max();
        ShortestPathOperators.Config c = new ShortestPathOperators.Config(
                src.scope().slot(p.nodes().get(0).variable()),
                src.scope().slot(p.nodes().get(1).variable()),
                rel,
                path,
                len != null,
                dir,
                r.types(),
                min,
                max,
                s.all(),
                step,
                stepSlot,
                pathPredicate);
        return new Built(ShortestPathOperators.shortestPath(src.operator(), c), out);
    }

    private Built buildMore(LogicalPlan plan, Scope argument) {
        if (plan instanceof LogicalPlan.Aggregation a) {
            return aggregation(a, argument);
        }
        if (plan instanceof LogicalPlan.Distinct d) {
            Built src = build(d.source(), argument);
            int[] s = d.names().stream().mapToInt(src.scope()::slot).toArray();
            return new Built(EagerOperators.distinct(src.operator(), s), src.scope());
        }
        if (plan instanceof LogicalPlan.Sort s) {
            Built src = build(s.source(), argument);
            CompiledExpression[] keys = new CompiledExpression[s.keys().size()];
            boolean[] asc = new boolean[keys.length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = compiler.compile(s.keys().get(i).expression(), src.scope());
                asc[i] = s.keys().get(i).ascending();
            }
            return new Built(EagerOperators.sort(src.operator(), keys, asc), src.scope());
        }
        if (plan instanceof LogicalPlan.Skip s) {
            Built src = build(s.source(), argument);
            return new Built(RowOperators.skip(src.operator(), compiler.compile(s.count(), Scope.EMPTY)), src.scope());
        }
        if (plan instanceof LogicalPlan.Limit l) {
            Built src = build(l.source(), argument);
            return new Built(RowOperators.limit(src.operator(), compiler.compile(l.count(), Scope.EMPTY)), src.scope());
        }
        if (plan instanceof LogicalPlan.Unwind u) {
            Built src = build(u.source(), argument);
            CompiledExpression list = compiler.compile(u.list(), src.scope());
            int slot = slots.allocate();
            return new Built(
                    RowOperators.unwind(src.operator(), list, slot), src.scope().with(u.variable(), slot));
        }
        if (plan instanceof LogicalPlan.Eager e) {
            Built src = build(e.source(), argument);
            return new Built(EagerOperators.eager(src.operator()), src.scope());
        }
        if (plan instanceof LogicalPlan.Produce p) {
            return build(p.source(), argument);
        }
        return buildNested(plan, argument);
    }

    private Built aggregation(LogicalPlan.Aggregation a, Scope argument) {
        Built src = build(a.source(), argument);
        CompiledExpression[] keys = new CompiledExpression[a.groupings().size()];
        int[] keySlots = new int[keys.length];
        Scope scope = Scope.EMPTY;
        for (int i = 0; i < keys.length; i++) {
            keys[i] = compiler.compile(a.groupings().get(i).expression(), src.scope());
            keySlots[i] = slots.allocate();
            scope = scope.with(a.groupings().get(i).name(), keySlots[i]);
        }
        List<EagerOperators.AggregateSpec> specs = new ArrayList<>();
        for (LogicalPlan.Named n : a.aggregates()) {
            int slot = slots.allocate();
            Expression e = n.expression();
            if (e instanceof Expression.CountStar) {
                specs.add(new EagerOperators.AggregateSpec(
                        new CompiledExpression[0], Aggregations.factory("count", false), slot));
            } else {
                Expression.FunctionCall f = (Expression.FunctionCall) e;
                CompiledExpression[] args =
                        compiler.compileAll(f.arguments(), src.scope()).toArray(new CompiledExpression[0]);
                specs.add(new EagerOperators.AggregateSpec(args, Aggregations.factory(f.name(), f.distinct()), slot));
            }
            scope = scope.with(n.name(), slot);
        }
        return new Built(EagerOperators.aggregation(src.operator(), keys, keySlots, specs), scope);
    }

    private Built buildNested(LogicalPlan plan, Scope argument) {
        if (plan instanceof LogicalPlan.Apply a) {
            Built src = build(a.source(), argument);
            Built inner = build(a.inner(), src.scope());
            Scope scope = src.scope();
            List<Integer> cols = new ArrayList<>();
            for (String name : inner.scope().names()) {
                if (!src.scope().has(name)
                        || src.scope().slot(name) != inner.scope().slot(name)) {
                    scope = scope.with(name, inner.scope().slot(name));
                    cols.add(inner.scope().slot(name));
                }
            }
            int[] columns = cols.stream().mapToInt(Integer::intValue).toArray();
            return new Built(
                    NestedOperators.apply(src.operator(), inner.operator(), columns, a.unit()),
                    a.unit() ? src.scope() : scope);
        }
        if (plan instanceof LogicalPlan.Foreach f) {
            Built src = build(f.source(), argument);
            CompiledExpression list = compiler.compile(f.list(), src.scope());
            int slot = slots.allocate();
            Built body = build(f.body(), src.scope().with(f.variable(), slot));
            return new Built(NestedOperators.foreach(src.operator(), list, slot, body.operator()), src.scope());
        }
        if (plan instanceof LogicalPlan.Union u) {
            Built left = build(u.left(), argument);
            Built right = build(u.right(), argument);
            int[] ls = u.columns().stream().mapToInt(left.scope()::slot).toArray();
            int[] rs = u.columns().stream().mapToInt(right.scope()::slot).toArray();
            int[] out = new int[ls.length];
            Scope scope = Scope.EMPTY;
            for (int i = 0; i < out.length; i++) {
                out[i] = slots.allocate();
                scope = scope.with(u.columns().get(i), out[i]);
            }
            return new Built(NestedOperators.union(left.operator(), ls, right.operator(), rs, out, u.all()), scope);
        }
        if (plan instanceof LogicalPlan.ProcedureCall p) {
            Built src = build(p.source(), argument);
            List<CompiledExpression> args = p.call().arguments() == null
                    ? null
                    : compiler.compileAll(p.call().arguments(), src.scope());
            Scope scope = src.scope();
            int[] s = new int[p.yielded().size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = slots.allocate();
                scope = scope.with(p.yielded().get(i), s[i]);
            }
            return new Built(
                    ProcedureOperators.call(
                            src.operator(), p.call().name(), args, p.call().yieldNames(), s),
                    scope);
        }
        return writes.build(this, plan, argument);
    }

    SlotLayout slots() {
        return slots;
    }

    @Override
    public SubPlan planPattern(PatternPart pattern, Expression where, Scope scope) {
        LogicalPlan plan = logical.planPattern(pattern, where, new java.util.LinkedHashSet<>(scope.names()));
        Built b = build(plan, scope);
        return new SubPlan(b.operator(), b.scope());
    }

    @Override
    public SubPlan planQuery(Query query, Scope scope) {
        LogicalPlanner.Planned p = logical.plan(query, new java.util.LinkedHashSet<>(scope.names()));
        Built b = build(p.plan(), scope);
        return new SubPlan(b.operator(), b.scope());
    }
}
