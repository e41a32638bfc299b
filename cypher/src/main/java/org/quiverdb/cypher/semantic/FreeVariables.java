package org.quiverdb.cypher.semantic;

import java.util.LinkedHashSet;
import java.util.Set;
import org.quiverdb.cypher.ast.Clause;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.ast.MapProjectionItem;
import org.quiverdb.cypher.ast.NodePattern;
import org.quiverdb.cypher.ast.PatternPart;
import org.quiverdb.cypher.ast.RelationshipPattern;

/**
 * The variables an expression reads from its enclosing scope (those bound inside it, by a
 * comprehension or a pattern, excluded for comprehensions; pattern element variables count as
 * references). Stateless.
 */
public final class FreeVariables {
    private FreeVariables() {}

    public static Set<String> of(Expression e) {
        Set<String> out = new LinkedHashSet<>();
        collect(e, out);
        return out;
    }

    private static void collect(Expression e, Set<String> out) {
        if (e == null) {
            return;
        }
        if (e instanceof Expression.Variable v) {
            out.add(v.name());
        } else if (e instanceof Expression.Property p) {
            collect(p.subject(), out);
        } else if (e instanceof Expression.Subscript s) {
            collect(s.subject(), out);
            collect(s.index(), out);
        } else if (e instanceof Expression.Slice s) {
            collect(s.subject(), out);
            collect(s.from(), out);
            collect(s.to(), out);
        } else if (e instanceof Expression.Binary b) {
            collect(b.left(), out);
            collect(b.right(), out);
        } else if (e instanceof Expression.Unary u) {
            collect(u.operand(), out);
        } else if (e instanceof Expression.FunctionCall f) {
            f.arguments().forEach(a -> collect(a, out));
        } else if (e instanceof Expression.ListLiteral l) {
            l.elements().forEach(a -> collect(a, out));
        } else if (e instanceof Expression.MapLiteral m) {
            m.values().forEach(a -> collect(a, out));
        } else if (e instanceof Expression.Case c) {
            collect(c.subject(), out);
            c.whens().forEach(a -> collect(a, out));
            c.thens().forEach(a -> collect(a, out));
            collect(c.otherwise(), out);
        } else if (e instanceof Expression.LabelCheck l) {
            collect(l.subject(), out);
        } else {
            scoped(e, out);
        }
    }

    private static void scoped(Expression e, Set<String> out) {
        if (e instanceof Expression.ListComprehension lc) {
            collect(lc.source(), out);
            out.addAll(without(lc.variable(), lc.where(), lc.projection()));
        } else if (e instanceof Expression.Quantified q) {
            collect(q.source(), out);
            out.addAll(without(q.variable(), q.where(), null));
        } else if (e instanceof Expression.Reduce r) {
            collect(r.initial(), out);
            collect(r.source(), out);
            Set<String> inner = of(r.body());
            inner.remove(r.accumulator());
            inner.remove(r.variable());
            out.addAll(inner);
        } else if (e instanceof Expression.MapProjection m) {
            out.add(m.variable());
            for (MapProjectionItem item : m.items()) {
                collect(item.expression(), out);
            }
        } else if (e instanceof Expression.PatternPredicate p) {
            pattern(p.pattern(), out);
        } else if (e instanceof Expression.PatternComprehension pc) {
            Set<String> local = new LinkedHashSet<>();
            pattern(pc.pattern(), local);
            Set<String> inner = new LinkedHashSet<>(local);
            collect(pc.where(), inner);
            collect(pc.projection(), inner);
            out.addAll(inner);
        } else if (e instanceof Expression.ExistsSubquery x) {
            subquery(x.query(), out);
        } else if (e instanceof Expression.CountSubquery x) {
            subquery(x.query(), out);
        }
    }

    private static void subquery(org.quiverdb.cypher.ast.Query q, Set<String> out) {
        for (var part : q.parts()) {
            for (Clause c : part) {
                if (c instanceof Clause.Match m) {
                    m.pattern().forEach(p -> pattern(p, out));
                    collect(m.where(), out);
                }
            }
        }
    }

    private static Set<String> without(String variable, Expression a, Expression b) {
        Set<String> inner = new LinkedHashSet<>();
        collect(a, inner);
        collect(b, inner);
        inner.remove(variable);
        return inner;
    }

    /** Adds the named variables of a pattern and the variables its property maps read. */
    public static void pattern(PatternPart p, Set<String> out) {
        for (NodePattern n : p.nodes()) {
            if (!n.variable().startsWith(" ")) {
                out.add(n.variable());
            }
            collect(n.properties(), out);
        }
        for (RelationshipPattern r : p.relationships()) {
            if (!r.variable().startsWith(" ")) {
                out.add(r.variable());
            }
            collect(r.properties(), out);
        }
    }
}
