package org.quiverdb.cypher.rewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.ast.MapProjectionItem;

/**
 * Top-down rewriting of expression trees: the rule is tried on each node first; when it returns
 * a replacement that is used as is, otherwise the node is rebuilt from its rewritten children.
 * Sub-plans (patterns, subqueries) are left untouched. Stateless.
 */
public final class ExpressionRewriter {
    private ExpressionRewriter() {}

    public static Expression rewrite(Expression e, Function<Expression, Expression> rule) {
        if (e == null) {
            return null;
        }
        Expression r = rule.apply(e);
        if (r != null) {
            return r;
        }
        if (e instanceof Expression.Property p) {
            return new Expression.Property(p.position(), rewrite(p.subject(), rule), p.key());
        } else if (e instanceof Expression.Subscript s) {
            return new Expression.Subscript(s.position(), rewrite(s.subject(), rule), rewrite(s.index(), rule));
        } else if (e instanceof Expression.Slice s) {
            return new Expression.Slice(
                    s.position(), rewrite(s.subject(), rule), rewrite(s.from(), rule), rewrite(s.to(), rule));
        } else if (e instanceof Expression.Binary b) {
            return new Expression.Binary(b.position(), b.operator(), rewrite(b.left(), rule), rewrite(b.right(), rule));
        } else if (e instanceof Expression.Unary u) {
            return new Expression.Unary(u.position(), u.operator(), rewrite(u.operand(), rule));
        } else if (e instanceof Expression.FunctionCall f) {
            return new Expression.FunctionCall(f.position(), f.name(), f.distinct(), all(f.arguments(), rule));
        } else if (e instanceof Expression.ListLiteral l) {
            return new Expression.ListLiteral(l.position(), all(l.elements(), rule));
        } else if (e instanceof Expression.MapLiteral m) {
            return new Expression.MapLiteral(m.position(), m.keys(), all(m.values(), rule));
        } else if (e instanceof Expression.Case c) {
            return new Expression.Case(
                    c.position(),
                    rewrite(c.subject(), rule),
                    all(c.whens(), rule),
                    all(c.thens(), rule),
                    rewrite(c.otherwise(), rule));
        } else if (e instanceof Expression.LabelCheck l) {
            return new Expression.LabelCheck(l.position(), rewrite(l.subject(), rule), l.labels());
        } else if (e instanceof Expression.ListComprehension lc) {
            return new Expression.ListComprehension(
                    lc.position(),
                    lc.variable(),
                    rewrite(lc.source(), rule),
                    rewrite(lc.where(), rule),
                    rewrite(lc.projection(), rule));
        } else if (e instanceof Expression.Quantified q) {
            return new Expression.Quantified(
                    q.position(), q.quantifier(), q.variable(), rewrite(q.source(), rule), rewrite(q.where(), rule));
        } else if (e instanceof Expression.Reduce r2) {
            return new Expression.Reduce(
                    r2.position(),
                    r2.accumulator(),
                    rewrite(r2.initial(), rule),
                    r2.variable(),
                    rewrite(r2.source(), rule),
                    rewrite(r2.body(), rule));
        } else if (e instanceof Expression.MapProjection m) {
            List<MapProjectionItem> items = new ArrayList<>();
            for (MapProjectionItem i : m.items()) {
                items.add(new MapProjectionItem(i.key(), rewrite(i.expression(), rule), i.allProperties()));
            }
            return new Expression.MapProjection(m.position(), m.variable(), items);
        }
        return e;
    }

    private static List<Expression> all(List<Expression> list, Function<Expression, Expression> rule) {
        List<Expression> out = new ArrayList<>(list.size());
        for (Expression x : list) {
            out.add(rewrite(x, rule));
        }
        return out;
    }

    /** True when {@code test} holds for {@code e} or any sub-expression (sub-plans excluded). */
    public static boolean contains(Expression e, java.util.function.Predicate<Expression> test) {
        boolean[] found = {false};
        rewrite(e, x -> {
            if (!found[0] && test.test(x)) {
                found[0] = true;
            }
            return found[0] ? x : null;
        });
        return found[0];
    }
}
