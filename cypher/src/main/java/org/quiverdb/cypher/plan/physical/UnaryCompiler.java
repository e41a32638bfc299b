package org.quiverdb.cypher.plan.physical;

import org.quiverdb.cypher.ast.UnaryOperator;
import org.quiverdb.cypher.runtime.Arithmetic;
import org.quiverdb.cypher.runtime.CompiledExpression;
import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.Value;

/** Compiles unary operators: NOT (three-valued), sign, IS [NOT] NULL. Stateless. */
final class UnaryCompiler {
    private UnaryCompiler() {}

    static CompiledExpression compile(UnaryOperator op, CompiledExpression operand) {
        return switch (op) {
            case NOT -> (row, ctx) -> not(operand.evaluate(row, ctx));
            case NEGATE -> (row, ctx) -> Arithmetic.negate(operand.evaluate(row, ctx));
            case PLUS ->
                (row, ctx) -> {
                    Value v = operand.evaluate(row, ctx);
                    if (!v.isNull() && !Arithmetic.isNumber(v)) {
                        throw CypherErrors.typeError("unary plus", v, "a number");
                    }
                    return v;
                };
            case IS_NULL ->
                (row, ctx) -> BooleanValue.of(operand.evaluate(row, ctx).isNull());
            case IS_NOT_NULL ->
                (row, ctx) -> BooleanValue.of(!operand.evaluate(row, ctx).isNull());
        };
    }

    static Value not(Value v) {
        if (v.isNull()) {
            return NullValue.NULL;
        }
        if (v instanceof BooleanValue b) {
            return BooleanValue.of(!b.booleanValue());
        }
        throw ExpressionCompiler.notBoolean("NOT", v);
    }
}
