package org.quiverdb.cypher.ast;

import java.util.StringJoiner;

/** Prints the expressions that contain variables or patterns (comprehensions, subqueries). */
final class ComplexExpressionPrinter {
    private ComplexExpressionPrinter() {}

    static String print(Expression e) {
        if (e instanceof Expression.ListComprehension lc) {
            return "[" + ExpressionPrinter.name(lc.variable()) + " IN " + ExpressionPrinter.print(lc.source())
                    + (lc.where() == null ? "" : " WHERE " + ExpressionPrinter.print(lc.where()))
                    + (lc.projection() == null ? "" : " | " + ExpressionPrinter.print(lc.projection())) + "]";
        } else if (e instanceof Expression.Quantified q) {
            return q.quantifier().name().toLowerCase(java.util.Locale.ROOT) + "(" + ExpressionPrinter.name(q.variable())
                    + " IN " + ExpressionPrinter.print(q.source())
                    + (q.where() == null ? "" : " WHERE " + ExpressionPrinter.print(q.where())) + ")";
        } else if (e instanceof Expression.Reduce r) {
            return "reduce(" + ExpressionPrinter.name(r.accumulator()) + " = " + ExpressionPrinter.print(r.initial())
                    + ", " + ExpressionPrinter.name(r.variable()) + " IN " + ExpressionPrinter.print(r.source()) + " | "
                    + ExpressionPrinter.print(r.body()) + ")";
        } else if (e instanceof Expression.PatternComprehension pc) {
            return "[" + pattern(pc.pattern())
                    + (pc.where() == null ? "" : " WHERE " + ExpressionPrinter.print(pc.where())) + " | "
                    + ExpressionPrinter.print(pc.projection()) + "]";
        } else if (e instanceof Expression.PatternPredicate p) {
            return pattern(p.pattern());
        } else if (e instanceof Expression.MapProjection m) {
            StringJoiner j = new StringJoiner(", ", ExpressionPrinter.name(m.variable()) + " {", "}");
            for (MapProjectionItem item : m.items()) {
                if (item.allProperties()) {
                    j.add(".*");
                } else if (item.expression() == null) {
                    j.add("." + ExpressionPrinter.name(item.key()));
                } else {
                    j.add(ExpressionPrinter.name(item.key()) + ": " + ExpressionPrinter.print(item.expression()));
                }
            }
            return j.toString();
        } else if (e instanceof Expression.LabelCheck l) {
            StringBuilder sb = new StringBuilder("(").append(ExpressionPrinter.print(l.subject()));
            l.labels().forEach(x -> sb.append(':').append(ExpressionPrinter.name(x)));
            return sb.append(')').toString();
        } else if (e instanceof Expression.ExistsSubquery x) {
            return "EXISTS {" + x.query().hashCode() + "}";
        } else if (e instanceof Expression.CountSubquery x) {
            return "COUNT {" + x.query().hashCode() + "}";
        }
        throw new IllegalArgumentException("cannot print " + e.getClass().getSimpleName());
    }

    static String pattern(PatternPart p) {
        StringBuilder sb = new StringBuilder();
        if (p.pathVariable() != null) {
            sb.append(ExpressionPrinter.name(p.pathVariable())).append(" = ");
        }
        for (int i = 0; i < p.nodes().size(); i++) {
            node(sb, p.nodes().get(i));
            if (i < p.relationships().size()) {
                relationship(sb, p.relationships().get(i));
            }
        }
        return sb.toString();
    }

    private static void node(StringBuilder sb, NodePattern n) {
        sb.append('(');
        if (!n.variable().startsWith(" ")) {
            sb.append(ExpressionPrinter.name(n.variable()));
        }
        n.labels().forEach(l -> sb.append(':').append(ExpressionPrinter.name(l)));
        if (n.properties() != null) {
            sb.append(' ').append(ExpressionPrinter.print(n.properties()));
        }
        sb.append(')');
    }

    private static void relationship(StringBuilder sb, RelationshipPattern r) {
        sb.append(r.direction() == PatternDirection.RIGHT_TO_LEFT ? "<-[" : "-[");
        if (!r.variable().startsWith(" ")) {
            sb.append(ExpressionPrinter.name(r.variable()));
        }
        for (int i = 0; i < r.types().size(); i++) {
            sb.append(i == 0 ? ":" : "|")
                    .append(ExpressionPrinter.name(r.types().get(i)));
        }
        if (r.length() != null) {
            sb.append('*');
            if (r.length().min() != null) {
                sb.append(r.length().min());
            }
            if (!java.util.Objects.equals(r.length().min(), r.length().max())
                    || r.length().min() == null) {
                sb.append("..");
                if (r.length().max() != null) {
                    sb.append(r.length().max());
                }
            }
        }
        if (r.properties() != null) {
            sb.append(' ').append(ExpressionPrinter.print(r.properties()));
        }
        sb.append(r.direction() == PatternDirection.LEFT_TO_RIGHT ? "]->" : "]-");
    }
}
