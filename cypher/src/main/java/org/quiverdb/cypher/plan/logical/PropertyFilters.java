package org.quiverdb.cypher.plan.logical;

import java.util.List;
import org.quiverdb.cypher.ast.BinaryOperator;
import org.quiverdb.cypher.ast.Expression;

/** The predicate a pattern's property map stands for: {@code v.k1 = e1 AND v.k2 = e2 ...}. */
public final class PropertyFilters {
    private PropertyFilters() {}

    public static Expression predicate(String variable, Expression properties) {
        Expression.Variable v = new Expression.Variable(properties.position(), variable);
        if (properties instanceof Expression.MapLiteral m) {
            Expression out = new Expression.Literal(m.position(), org.quiverdb.values.value.BooleanValue.TRUE);
            for (int i = 0; i < m.keys().size(); i++) {
                Expression eq = new Expression.Binary(
                        m.position(),
                        BinaryOperator.EQ,
                        new Expression.Property(m.position(), v, m.keys().get(i)),
                        m.values().get(i));
                out = i == 0 ? eq : new Expression.Binary(m.position(), BinaryOperator.AND, out, eq);
            }
            return out;
        }
        return new Expression.FunctionCall(properties.position(), "  propertiesMatch", false, List.of(v, properties));
    }
}
