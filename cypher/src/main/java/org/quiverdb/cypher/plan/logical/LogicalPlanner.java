package org.quiverdb.cypher.plan.logical;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quiverdb.cypher.ast.Clause;
import org.quiverdb.cypher.ast.NodePattern;
import org.quiverdb.cypher.ast.PatternPart;
import org.quiverdb.cypher.ast.Query;
import org.quiverdb.cypher.ast.RelationshipPattern;
import org.quiverdb.cypher.semantic.FreeVariables;

/**
 * Builds the logical plan of a checked query, clause by clause. Reads and writes are separated by
 * Eager operators (a write never changes what an earlier read of the same statement sees, and a
 * read after a write sees all of it), so pure reading queries stay fully lazy. Postcondition: the
 * plan ends in Produce for queries with RETURN. Confined to one planning run.
 */
public final class LogicalPlanner {
    private final MatchPlanner matches;
    private final ProjectionPlanner projections = new ProjectionPlanner();

    public LogicalPlanner(Cardinalities counts) {
        this.matches = new MatchPlanner(counts);
    }

    /** A planned statement: its plan and its result columns (empty without RETURN). */
    public record Planned(LogicalPlan plan, List<String> columns) {}

    public Planned plan(Query query) {
        return plan(query, new LinkedHashSet<>());
    }

    /** Plans {@code query} starting from an argument row binding {@code outer}. */
    public Planned plan(Query query, Set<String> outer) {
        Planned first = single(query.parts().get(0), new LinkedHashSet<>(outer));
        LogicalPlan plan = first.plan();
        for (int i = 1; i < query.parts().size(); i++) {
            Planned next = single(query.parts().get(i), new LinkedHashSet<>(outer));
            plan = new LogicalPlan.Union(plan, next.plan(), query.unionAll().get(i - 1), first.columns());
        }
        return new Planned(plan, first.columns());
    }

    private Planned single(List<Clause> clauses, Set<String> bound) {
        LogicalPlan plan = new LogicalPlan.Argument();
        List<String> columns = List.of();
        boolean read = false;
        boolean wrote = false;
        for (Clause c : clauses) {
            boolean writes = isWrite(c);
            boolean reads = isRead(c);
            if ((writes && read) || (reads && wrote)) {
                plan = new LogicalPlan.Eager(plan);
                read = false;
                wrote = false;
            }
            read |= reads;
            wrote |= writes;
            if (wrote && limits(c)) {
                // every write happens even when SKIP / LIMIT (or the consumer) drops rows after it
                plan = new LogicalPlan.Eager(plan);
                read = false;
                wrote = false;
            }
            if (c instanceof Clause.Return r) {
                ProjectionPlanner.Result res = projections.plan(plan, bound, r.projection());
                columns = res.columns();
                plan = new LogicalPlan.Produce(res.plan(), columns);
            } else {
                plan = clause(plan, bound, c);
            }
        }
        return new Planned(plan, columns);
    }

    private static boolean limits(Clause c) {
        if (c instanceof Clause.Return) {
            return true;
        }
        return c instanceof Clause.With w
                && (w.projection().skip() != null || w.projection().limit() != null);
    }

    private static boolean isWrite(Clause c) {
        return c instanceof Clause.Create
                || c instanceof Clause.Merge
                || c instanceof Clause.Update
                || c instanceof Clause.Delete
                || c instanceof Clause.Foreach;
    }

    private static boolean isRead(Clause c) {
        return c instanceof Clause.Match || c instanceof Clause.Merge || c instanceof Clause.CallSubquery;
    }

    LogicalPlan clause(LogicalPlan plan, Set<String> bound, Clause c) {
        if (c instanceof Clause.Match m) {
            if (!m.optional()) {
                return matches.plan(plan, bound, m.pattern(), m.where());
            }
            Set<String> before = new LinkedHashSet<>(bound);
            LogicalPlan inner = matches.plan(new LogicalPlan.Argument(), bound, m.pattern(), m.where());
            List<String> introduced = new ArrayList<>(bound);
            introduced.removeAll(before);
            return new LogicalPlan.Optional(plan, inner, introduced);
        }
        if (c instanceof Clause.With w) {
            return projections.plan(plan, bound, w.projection(), w.where()).plan();
        }
        if (c instanceof Clause.Unwind u) {
            bound.add(u.variable());
            return new LogicalPlan.Unwind(plan, u.expression(), u.variable());
        }
        if (c instanceof Clause.Create cr) {
            cr.pattern().forEach(p -> bindPattern(p, bound));
            return new LogicalPlan.Create(plan, cr.pattern());
        }
        if (c instanceof Clause.Merge m) {
            Set<String> inner = new LinkedHashSet<>(bound);
            LogicalPlan match = matches.plan(new LogicalPlan.Argument(), inner, List.of(m.pattern()), null);
            bindPattern(m.pattern(), bound);
            return new LogicalPlan.Merge(plan, m.pattern(), match, m.onCreate(), m.onMatch());
        }
        if (c instanceof Clause.Update u) {
            return new LogicalPlan.Update(plan, u.items());
        }
        if (c instanceof Clause.Delete d) {
            return new LogicalPlan.Delete(plan, d.detach(), d.expressions());
        }
        if (c instanceof Clause.Foreach f) {
            Set<String> inner = new LinkedHashSet<>(bound);
            inner.add(f.variable());
            LogicalPlan body = new LogicalPlan.Argument();
            for (Clause bc : f.body()) {
                body = clause(body, inner, bc);
            }
            return new LogicalPlan.Foreach(plan, f.variable(), f.list(), body);
        }
        if (c instanceof Clause.CallProcedure call) {
            List<String> yielded = new ArrayList<>(call.yieldAliases());
            bound.addAll(yielded);
            LogicalPlan p = new LogicalPlan.ProcedureCall(plan, call, yielded);
            return call.where() == null ? p : new LogicalPlan.Filter(p, call.where());
        }
        if (c instanceof Clause.CallSubquery sub) {
            Planned inner = plan(sub.query(), bound);
            bound.addAll(inner.columns());
            return new LogicalPlan.Apply(plan, inner.plan(), inner.columns().isEmpty());
        }
        throw new IllegalStateException("clause not planned: " + c.getClass().getSimpleName());
    }

    private static void bindPattern(PatternPart p, Set<String> bound) {
        for (NodePattern n : p.nodes()) {
            bound.add(n.variable());
        }
        for (RelationshipPattern r : p.relationships()) {
            bound.add(r.variable());
        }
        if (p.pathVariable() != null) {
            bound.add(p.pathVariable());
        }
    }

    /** Plans a pattern used inside an expression, from an argument row binding {@code outer}. */
    public LogicalPlan planPattern(PatternPart part, org.quiverdb.cypher.ast.Expression where, Set<String> outer) {
        Set<String> bound = new LinkedHashSet<>(outer);
        return matches.plan(new LogicalPlan.Argument(), bound, List.of(part), where);
    }

    static Set<String> free(org.quiverdb.cypher.ast.Expression e) {
        return FreeVariables.of(e);
    }
}
