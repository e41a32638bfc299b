package org.quiverdb.cypher.ast;

import java.util.List;
import org.quiverdb.values.value.Value;

/**
 * A Cypher expression. Every node is an immutable record with the position of its first token;
 * optional children are null when absent.
 */
public sealed interface Expression {
    Position position();

    record Literal(Position position, Value value) implements Expression {}

    record Parameter(Position position, String name) implements Expression {}

    record Variable(Position position, String name) implements Expression {}

    record Property(Position position, Expression subject, String key) implements Expression {}

    record Subscript(Position position, Expression subject, Expression index) implements Expression {}

    /** {@code list[from..to]}; either bound may be null. */
    record Slice(Position position, Expression subject, Expression from, Expression to) implements Expression {}

    record Binary(Position position, BinaryOperator operator, Expression left, Expression right)
            implements Expression {}

    record Unary(Position position, UnaryOperator operator, Expression operand) implements Expression {}

    /** A function call; {@code name} keeps its namespace ({@code date.truncate}). */
    record FunctionCall(Position position, String name, boolean distinct, List<Expression> arguments)
            implements Expression {}

    record CountStar(Position position) implements Expression {}

    record ListLiteral(Position position, List<Expression> elements) implements Expression {}

    record MapLiteral(Position position, List<String> keys, List<Expression> values) implements Expression {}

    /** {@code CASE [subject] WHEN .. THEN .. [ELSE ..] END}; subject and otherwise may be null. */
    record Case(
            Position position, Expression subject, List<Expression> whens, List<Expression> thens, Expression otherwise)
            implements Expression {}

    /** {@code [x IN source WHERE pred | projection]}; where and projection may be null. */
    record ListComprehension(
            Position position, String variable, Expression source, Expression where, Expression projection)
            implements Expression {}

    record Quantified(Position position, Quantifier quantifier, String variable, Expression source, Expression where)
            implements Expression {}

    record Reduce(
            Position position,
            String accumulator,
            Expression initial,
            String variable,
            Expression source,
            Expression body)
            implements Expression {}

    /** {@code [p = (a)-->(b) WHERE pred | projection]}. */
    record PatternComprehension(Position position, PatternPart pattern, Expression where, Expression projection)
            implements Expression {}

    /** A pattern used as a predicate: true when at least one match exists. */
    record PatternPredicate(Position position, PatternPart pattern) implements Expression {}

    /** {@code EXISTS { MATCH ... }} or {@code EXISTS { (a)-->(b) WHERE ... }}. */
    record ExistsSubquery(Position position, Query query) implements Expression {}

    /** {@code COUNT { ... }}. */
    record CountSubquery(Position position, Query query) implements Expression {}

    /** {@code n {.name, key: expr, .*}}. */
    record MapProjection(Position position, String variable, List<MapProjectionItem> items) implements Expression {}

    /** {@code n:A:B}: true when the node has all the labels (or the relationship the type). */
    record LabelCheck(Position position, Expression subject, List<String> labels) implements Expression {}
}
