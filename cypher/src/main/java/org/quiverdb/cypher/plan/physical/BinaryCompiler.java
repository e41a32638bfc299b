package org.quiverdb.cypher.plan.physical;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.runtime.Arithmetic;
import org.quiverdb.cypher.runtime.CompiledExpression;
import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.values.compare.Comparability;
import org.quiverdb.values.compare.CypherEquality;
import org.quiverdb.values.compare.Ternary;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/**
 * Compiles binary operators: three-valued AND/OR/XOR (both sides evaluated, errors included, as
 * Neo4j does), equality and comparison through the {@code compare} package, IN over lists with
 * null semantics, string predicates, regex and arithmetic. Stateless.
 */
final class BinaryCompiler {
    private BinaryCompiler() {}

    static CompiledExpression compile(Expression.Binary b, CompiledExpression l, CompiledExpression r) {
        return switch (b.operator()) {
            case AND ->
                (row, ctx) -> ternary(l.evaluate(row, ctx), "AND")
                        .and(ternary(r.evaluate(row, ctx), "AND"))
                        .toValue();
            case OR ->
                (row, ctx) -> ternary(l.evaluate(row, ctx), "OR")
                        .or(ternary(r.evaluate(row, ctx), "OR"))
                        .toValue();
            case XOR -> (row, ctx) -> xor(ternary(l.evaluate(row, ctx), "XOR"), ternary(r.evaluate(row, ctx), "XOR"));
            case EQ ->
                (row, ctx) -> CypherEquality.equal(l.evaluate(row, ctx), r.evaluate(row, ctx))
                        .toValue();
            case NEQ ->
                (row, ctx) -> CypherEquality.equal(l.evaluate(row, ctx), r.evaluate(row, ctx))
                        .not()
                        .toValue();
            case LT -> (row, ctx) -> compare(l.evaluate(row, ctx), r.evaluate(row, ctx), -1, false);
            case LE -> (row, ctx) -> compare(l.evaluate(row, ctx), r.evaluate(row, ctx), -1, true);
            case GT -> (row, ctx) -> compare(l.evaluate(row, ctx), r.evaluate(row, ctx), 1, false);
            case GE -> (row, ctx) -> compare(l.evaluate(row, ctx), r.evaluate(row, ctx), 1, true);
            case IN -> (row, ctx) -> in(l.evaluate(row, ctx), r.evaluate(row, ctx));
            case STARTS_WITH -> (row, ctx) -> strings(l.evaluate(row, ctx), r.evaluate(row, ctx), 0);
            case ENDS_WITH -> (row, ctx) -> strings(l.evaluate(row, ctx), r.evaluate(row, ctx), 1);
            case CONTAINS -> (row, ctx) -> strings(l.evaluate(row, ctx), r.evaluate(row, ctx), 2);
            case REGEX -> (row, ctx) -> regex(l.evaluate(row, ctx), r.evaluate(row, ctx));
            case ADD -> (row, ctx) -> Arithmetic.add(l.evaluate(row, ctx), r.evaluate(row, ctx));
            case SUB -> (row, ctx) -> Arithmetic.subtract(l.evaluate(row, ctx), r.evaluate(row, ctx));
            case MUL -> (row, ctx) -> Arithmetic.multiply(l.evaluate(row, ctx), r.evaluate(row, ctx));
            case DIV -> (row, ctx) -> Arithmetic.divide(l.evaluate(row, ctx), r.evaluate(row, ctx));
            case MOD -> (row, ctx) -> Arithmetic.modulo(l.evaluate(row, ctx), r.evaluate(row, ctx));
            case POW -> (row, ctx) -> Arithmetic.power(l.evaluate(row, ctx), r.evaluate(row, ctx));
        };
    }

    static Ternary ternary(Value v, String op) {
        if (v.isNull()) {
            return Ternary.UNKNOWN;
        }
        if (v instanceof BooleanValue b) {
            return Ternary.of(b.booleanValue());
        }
        throw ExpressionCompiler.notBoolean(op, v);
    }

    private static Value xor(Ternary a, Ternary b) {
        if (a == Ternary.UNKNOWN || b == Ternary.UNKNOWN) {
            return NullValue.NULL;
        }
        return BooleanValue.of(a != b);
    }

    private static Value compare(Value a, Value b, int sign, boolean orEqual) {
        if ((isNaN(a) && Arithmetic.isNumber(b)) || (isNaN(b) && Arithmetic.isNumber(a))) {
            return BooleanValue.FALSE;
        }
        Integer c = Comparability.compare(a, b);
        if (c == null) {
            return NullValue.NULL;
        }
        return BooleanValue.of(c == sign || (orEqual && c == 0));
    }

    private static boolean isNaN(Value v) {
        return v instanceof org.quiverdb.values.value.FloatValue f && Double.isNaN(f.value());
    }

    static Value in(Value needle, Value haystack) {
        if (haystack.isNull()) {
            return NullValue.NULL;
        }
        if (!(haystack instanceof ListValue list)) {
            throw CypherErrors.typeError("IN", haystack, "a LIST");
        }
        Ternary result = Ternary.FALSE;
        for (Value v : list.values()) {
            Ternary t = CypherEquality.equal(needle, v);
            if (t == Ternary.TRUE) {
                return BooleanValue.TRUE;
            }
            if (t == Ternary.UNKNOWN) {
                result = Ternary.UNKNOWN;
            }
        }
        return result.toValue();
    }

    private static Value strings(Value a, Value b, int kind) {
        if (!(a instanceof StringValue x) || !(b instanceof StringValue y)) {
            return NullValue.NULL;
        }
        return BooleanValue.of(
                switch (kind) {
                    case 0 -> x.value().startsWith(y.value());
                    case 1 -> x.value().endsWith(y.value());
                    default -> x.value().contains(y.value());
                });
    }

    private static Value regex(Value a, Value b) {
        if (!(a instanceof StringValue x) || !(b instanceof StringValue y)) {
            return NullValue.NULL;
        }
        try {
            return BooleanValue.of(Pattern.compile(y.value()).matcher(x.value()).matches());
        } catch (PatternSyntaxException e) {
            throw CypherErrors.argument("Invalid Regex: " + e.getDescription() + " in '" + y.value() + "'");
        }
    }
}
