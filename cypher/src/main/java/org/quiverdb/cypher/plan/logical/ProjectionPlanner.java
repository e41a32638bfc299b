package org.quiverdb.cypher.plan.logical;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.ast.ExpressionPrinter;
import org.quiverdb.cypher.ast.Projection;
import org.quiverdb.cypher.ast.ReturnItem;
import org.quiverdb.cypher.ast.SortItem;
import org.quiverdb.cypher.rewrite.Aggregates;
import org.quiverdb.cypher.rewrite.ExpressionRewriter;

/**
 * Plans the projection of WITH and RETURN: plain projection or grouping aggregation (aggregate
 * calls are pulled out into their own columns, the rest of each item is computed on top), then
 * DISTINCT, ORDER BY (which may name projected columns, repeat projected expressions, or — without
 * aggregation — read earlier variables), SKIP, LIMIT, and finally the scope shrinks to the
 * projected names. Confined to one planning run.
 */
final class ProjectionPlanner {
    private int aggregateCount;

    /** The plan and the projected column names. */
    record Result(LogicalPlan plan, List<String> columns) {}

    Result plan(LogicalPlan source, Set<String> bound, Projection projection) {
        return plan(source, bound, projection, null);
    }

    /** Plans a projection; {@code where} (of WITH) filters before the scope shrinks. */
    Result plan(LogicalPlan source, Set<String> bound, Projection projection, Expression where) {
        List<ReturnItem> items = new ArrayList<>();
        if (projection.star()) {
            for (String name : new TreeSet<>(bound)) {
                if (!name.startsWith(" ")) {
                    items.add(new ReturnItem(
                            new Expression.Variable(org.quiverdb.cypher.ast.Position.NONE, name), null, name));
                }
            }
        }
        items.addAll(projection.items());
        List<String> columns = new ArrayList<>();
        for (ReturnItem item : items) {
            columns.add(item.name());
        }
        boolean aggregating = items.stream().anyMatch(i -> Aggregates.containsAggregate(i.expression()));
        LogicalPlan plan;
        Map<String, String> byText = new HashMap<>();
        for (ReturnItem item : items) {
            byText.putIfAbsent(ExpressionPrinter.print(item.expression()), item.name());
        }
        List<LogicalPlan.Named> aggregates = new ArrayList<>();
        List<LogicalPlan.SortKey> keys = new ArrayList<>();
        for (SortItem s : projection.orderBy()) {
            Expression e = aggregating || projection.distinct() ? toColumns(s.expression(), byText) : s.expression();
            if (aggregating) {
                // aggregates only ORDER BY uses become hidden aggregate columns
                e = ExpressionRewriter.rewrite(e, x -> {
                    if (!Aggregates.isAggregate(x)) {
                        return null;
                    }
                    String name = "  ORDER" + aggregateCount;
                    aggregateCount++;
                    aggregates.add(new LogicalPlan.Named(name, x));
                    return new Expression.Variable(x.position(), name);
                });
            }
            keys.add(new LogicalPlan.SortKey(e, s.ascending()));
        }
        if (aggregating) {
            plan = aggregate(source, items, aggregates);
        } else {
            List<LogicalPlan.Named> named = new ArrayList<>();
            for (ReturnItem item : items) {
                if (!(item.expression() instanceof Expression.Variable v
                        && v.name().equals(item.name()))) {
                    named.add(new LogicalPlan.Named(item.name(), item.expression()));
                }
            }
            plan = named.isEmpty() ? source : new LogicalPlan.Projection(source, named);
        }
        if (projection.distinct()) {
            plan = new LogicalPlan.Distinct(plan, columns);
        }
        if (!keys.isEmpty()) {
            plan = new LogicalPlan.Sort(plan, keys);
        }
        if (projection.skip() != null) {
            plan = new LogicalPlan.Skip(plan, projection.skip());
        }
        if (projection.limit() != null) {
            plan = new LogicalPlan.Limit(plan, projection.limit());
        }
        if (where != null) {
            plan = new LogicalPlan.Filter(
                    plan, aggregating || projection.distinct() ? toColumns(where, byText) : where);
        }
        plan = new LogicalPlan.Select(plan, new ArrayList<>(new LinkedHashSet<>(columns)));
        bound.clear();
        bound.addAll(columns);
        return new Result(plan, columns);
    }

    private LogicalPlan aggregate(LogicalPlan source, List<ReturnItem> items, List<LogicalPlan.Named> aggregates) {
        List<LogicalPlan.Named> groupings = new ArrayList<>();
        List<LogicalPlan.Named> post = new ArrayList<>();
        for (ReturnItem item : items) {
            if (!Aggregates.containsAggregate(item.expression())) {
                groupings.add(new LogicalPlan.Named(item.name(), item.expression()));
                continue;
            }
            if (Aggregates.isAggregate(item.expression())) {
                aggregates.add(new LogicalPlan.Named(item.name(), item.expression()));
                continue;
            }
            Expression rewritten = ExpressionRewriter.rewrite(item.expression(), e -> {
                if (!Aggregates.isAggregate(e)) {
                    return null;
                }
                String name = "  AGG" + aggregateCount;
                aggregateCount++;
                aggregates.add(new LogicalPlan.Named(name, e));
                return new Expression.Variable(e.position(), name);
            });
            post.add(new LogicalPlan.Named(item.name(), rewritten));
        }
        LogicalPlan plan = new LogicalPlan.Aggregation(source, groupings, aggregates);
        if (!post.isEmpty()) {
            List<LogicalPlan.Named> withGroupingRefs = new ArrayList<>();
            Map<String, String> groupingText = new HashMap<>();
            for (LogicalPlan.Named g : groupings) {
                groupingText.put(ExpressionPrinter.print(g.expression()), g.name());
            }
            for (LogicalPlan.Named p : post) {
                withGroupingRefs.add(new LogicalPlan.Named(p.name(), toColumns(p.expression(), groupingText)));
            }
            plan = new LogicalPlan.Projection(plan, withGroupingRefs);
        }
        return plan;
    }

    /** Replaces sub-expressions that repeat a projected expression by that column's variable. */
    private static Expression toColumns(Expression e, Map<String, String> byText) {
        return ExpressionRewriter.rewrite(e, x -> {
            if (x instanceof Expression.Variable) {
                return null;
            }
            String name = byText.get(ExpressionPrinter.print(x));
            return name == null ? null : new Expression.Variable(x.position(), name);
        });
    }
}
