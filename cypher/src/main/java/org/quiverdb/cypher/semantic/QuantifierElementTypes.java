package org.quiverdb.cypher.semantic;

import java.util.EnumSet;
import java.util.Set;
import org.quiverdb.cypher.ast.BinaryOperator;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.rewrite.ExpressionRewriter;

/**
 * The compile-time check that a quantifier's predicate does no arithmetic on its variable when the
 * list is a literal whose elements are all Strings or all Booleans ({@code any(x IN ['a'] WHERE x %
 * 2 = 0)}), which Neo4j rejects as a type mismatch. Lists of unknown or mixed element type are left
 * to run time. Stateless.
 */
final class QuantifierElementTypes {
    private static final Set<BinaryOperator> NUMERIC = EnumSet.of(
            BinaryOperator.SUB, BinaryOperator.MUL, BinaryOperator.DIV, BinaryOperator.MOD, BinaryOperator.POW);

    private QuantifierElementTypes() {}

    static void check(Expression.Quantified q, SemanticErrors errors) {
        String type = elementType(q.source());
        if (type == null || q.where() == null) {
            return;
        }
        if (ExpressionRewriter.contains(q.where(), e -> numericUseOf(e, q.variable()))) {
            throw errors.at(q.position(), "Type mismatch: expected Float or Integer but was " + type);
        }
    }

    /** "String" or "Boolean" when every element of a list literal has that type; null otherwise. */
    private static String elementType(Expression source) {
        if (!(source instanceof Expression.ListLiteral list) || list.elements().isEmpty()) {
            return null;
        }
        String type = StaticTypes.of(list.elements().get(0));
        if (!"String".equals(type) && !"Boolean".equals(type)) {
            return null;
        }
        for (Expression element : list.elements()) {
            if (!type.equals(StaticTypes.of(element))) {
                return null;
            }
        }
        return type;
    }

    private static boolean numericUseOf(Expression e, String variable) {
        return e instanceof Expression.Binary b
                && NUMERIC.contains(b.operator())
                && (isVariable(b.left(), variable) || isVariable(b.right(), variable));
    }

    private static boolean isVariable(Expression e, String variable) {
        return e instanceof Expression.Variable v && v.name().equals(variable);
    }
}
