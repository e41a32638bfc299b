package org.quiverdb.cypher.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.ast.ExpressionPrinter;
import org.quiverdb.cypher.plan.logical.LogicalPlan;
import org.quiverdb.kernel.api.Direction;

/**
 * Neo4j's operator names and Details text for our logical operators (as shown by Neo4j 5 EXPLAIN:
 * AllNodesScan, NodeByLabelScan, Expand(All), VarLengthExpand(Into), EagerAggregation, ...).
 * Internal variables never appear; anonymous ones read anon_N. Stateless.
 */
final class OperatorNames {
    private OperatorNames() {}

    static String of(LogicalPlan plan) {
        if (plan instanceof LogicalPlan.NodeScan s) {
            return s.label() == null ? "AllNodesScan" : "NodeByLabelScan";
        }
        if (plan instanceof LogicalPlan.Expand e) {
            return (e.length() == null ? "Expand" : "VarLengthExpand") + (e.into() ? "(Into)" : "(All)");
        }
        if (plan instanceof LogicalPlan.Aggregation a) {
            return a.aggregates().isEmpty() ? "Distinct" : "EagerAggregation";
        }
        if (plan instanceof LogicalPlan.ShortestPath s) {
            return s.all() ? "AllShortestPaths" : "ShortestPath";
        }
        if (plan instanceof LogicalPlan.Optional) {
            return "Optional";
        }
        if (plan instanceof LogicalPlan.Produce) {
            return "ProduceResults";
        }
        if (plan instanceof LogicalPlan.BindPath) {
            return "Projection";
        }
        if (plan instanceof LogicalPlan.DistinctRelationships) {
            return "Filter";
        }
        if (plan instanceof LogicalPlan.Update) {
            return "SetProperty";
        }
        return plan.getClass().getSimpleName();
    }

    static String details(LogicalPlan plan) {
        if (plan instanceof LogicalPlan.NodeScan s) {
            return name(s.variable()) + (s.label() == null ? "" : ":" + ExpressionPrinter.name(s.label()));
        }
        if (plan instanceof LogicalPlan.Expand e) {
            String types = e.types().isEmpty()
                    ? ""
                    : ":" + e.types().stream().map(ExpressionPrinter::name).collect(Collectors.joining("|"));
            String length = e.length() == null
                    ? ""
                    : "*" + bound(e.length().min()) + ".." + bound(e.length().max());
            String rel = "[" + name(e.relationship()) + types + length + "]";
            return "(" + name(e.from()) + ")" + (e.direction() == Direction.INCOMING ? "<-" : "-") + rel
                    + (e.direction() == Direction.OUTGOING ? "->" : "-") + "(" + name(e.to()) + ")";
        }
        if (plan instanceof LogicalPlan.Filter f) {
            return unwrapped(ExpressionPrinter.print(f.predicate()));
        }
        if (plan instanceof LogicalPlan.DistinctRelationships d) {
            return "relationships unique: " + names(d.relationships());
        }
        if (plan instanceof LogicalPlan.Projection p) {
            return p.items().stream()
                    .map(n -> ExpressionPrinter.print(n.expression()) + " AS " + name(n.name()))
                    .collect(Collectors.joining(", "));
        }
        if (plan instanceof LogicalPlan.Sort s) {
            return s.keys().stream()
                    .map(k -> ExpressionPrinter.print(k.expression()) + (k.ascending() ? " ASC" : " DESC"))
                    .collect(Collectors.joining(", "));
        }
        if (plan instanceof LogicalPlan.Limit l) {
            return ExpressionPrinter.print(l.count());
        }
        if (plan instanceof LogicalPlan.Skip s) {
            return ExpressionPrinter.print(s.count());
        }
        if (plan instanceof LogicalPlan.Unwind u) {
            return ExpressionPrinter.print(u.list()) + " AS " + name(u.variable());
        }
        if (plan instanceof LogicalPlan.Produce p) {
            return names(p.columns());
        }
        if (plan instanceof LogicalPlan.ShortestPath s) {
            String path = s.pattern().pathVariable();
            Expression pred = s.predicate();
            return (path == null ? "" : name(path) + " = ")
                    + (s.all() ? "allShortestPaths" : "shortestPath")
                    + (pred == null ? "" : " WHERE " + ExpressionPrinter.print(pred));
        }
        if (plan instanceof LogicalPlan.Aggregation a) {
            return a.groupings().stream()
                    .map(n -> ExpressionPrinter.print(n.expression()) + " AS " + name(n.name()))
                    .collect(Collectors.joining(", "));
        }
        return "";
    }

    /** Drops the printer's outermost parentheses when they enclose the whole text. */
    static String unwrapped(String text) {
        if (!text.startsWith("(") || !text.endsWith(")")) {
            return text;
        }
        int depth = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return text;
            }
        }
        return text.substring(1, text.length() - 1);
    }

    private static String bound(Integer b) {
        return b == null ? "" : b.toString();
    }

    private static String names(List<String> names) {
        return names.stream().map(OperatorNames::name).collect(Collectors.joining(", "));
    }

    static String name(String n) {
        if (n.startsWith("  UNNAMED")) {
            return "anon_" + n.substring("  UNNAMED".length());
        }
        return ExpressionPrinter.name(n.trim());
    }
}
