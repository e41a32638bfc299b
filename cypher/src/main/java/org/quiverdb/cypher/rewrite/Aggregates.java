package org.quiverdb.cypher.rewrite;

import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.function.Aggregations;

/** Recognises aggregate calls in expressions. Stateless. */
public final class Aggregates {
    private Aggregates() {}

    public static boolean isAggregate(Expression e) {
        return e instanceof Expression.CountStar
                || (e instanceof Expression.FunctionCall f && Aggregations.isAggregate(f.name()));
    }

    public static boolean containsAggregate(Expression e) {
        return e != null && ExpressionRewriter.contains(e, Aggregates::isAggregate);
    }
}
