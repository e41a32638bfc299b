package org.quiverdb.cypher.parser;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.quiverdb.cypher.ast.ExpressionPrinter;

/** Printing an AST and parsing the text back gives the same AST (compared through its printed form). */
class AstRoundTripTest {
    @Provide
    Arbitrary<String> expressions() {
        return Arbitraries.recursive(this::atom, this::compound, 4);
    }

    private Arbitrary<String> atom() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-1000, 1000).map(String::valueOf),
                Arbitraries.of("x", "y", "n.name", "$p", "null", "true", "'s'", "1.5", "[]", "{a: 1}"));
    }

    private Arbitrary<String> compound(Arbitrary<String> inner) {
        Arbitrary<String> ops = Arbitraries.of(
                "+",
                "-",
                "*",
                "/",
                "%",
                "^",
                "=",
                "<>",
                "<",
                ">=",
                "AND",
                "OR",
                "XOR",
                "IN",
                "STARTS WITH",
                "CONTAINS",
                "=~");
        return Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(inner, ops, inner).as((a, op, b) -> a + " " + op + " " + b),
                inner.map(a -> "NOT " + a),
                inner.map(a -> "-(" + a + ")"),
                inner.map(a -> "(" + a + ") IS NULL"),
                inner.map(a -> "[(" + a + "), 2]"),
                inner.map(a -> "size(" + a + ")"),
                inner.map(a -> "[v IN [(" + a + ")] WHERE v > 1 | v]"),
                inner.map(a -> "CASE " + a + " WHEN 1 THEN 2 ELSE 3 END"),
                inner.map(a -> "(" + a + ")[0]"));
    }

    // a list whose first element is "x IN ..." reads as a list comprehension (as in Neo4j), so the
    // generator parenthesises list elements
    @Property(tries = 300)
    void printThenParseIsIdentity(@ForAll("expressions") String text) {
        String printed = ExpressionPrinter.print(Parser.parseExpression(text));
        assertThat(ExpressionPrinter.print(Parser.parseExpression(printed))).isEqualTo(printed);
    }
}
