package org.quiverdb.cypher.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.quiverdb.cypher.ast.Clause;
import org.quiverdb.cypher.ast.ExpressionPrinter;
import org.quiverdb.cypher.ast.PatternDirection;
import org.quiverdb.cypher.ast.Query;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;

class ParserTest {
    private static String expr(String text) {
        return ExpressionPrinter.print(Parser.parseExpression(text));
    }

    @Test
    void precedenceFollowsCypher() {
        assertThat(expr("1 + 2 * 3 ^ 2")).isEqualTo("(1 + (2 * (3 ^ 2)))");
        assertThat(expr("NOT a = b OR c AND d")).isEqualTo("((NOT (a = b)) OR (c AND d))");
        assertThat(expr("a IS NULL AND b IN [1, 2]")).isEqualTo("((a IS NULL) AND (b IN [1, 2]))");
        assertThat(expr("-2 ^ 2")).isEqualTo("((-2) ^ 2)");
    }

    @Test
    void chainedComparisonsBecomeConjunctions() {
        assertThat(expr("1 < x <= 3")).isEqualTo("((1 < x) AND (x <= 3))");
    }

    @Test
    void parsesPostfixAndSpecialForms() {
        assertThat(expr("n.list[1..-1][0].x")).isEqualTo("n.list[1..(-1)][0].x");
        assertThat(expr("[x IN range(1, 3) WHERE x > 1 | x * 2]"))
                .isEqualTo("[x IN range(1, 3) WHERE (x > 1) | (x * 2)]");
        assertThat(expr("CASE WHEN a THEN 1 ELSE 2 END")).isEqualTo("CASE WHEN a THEN 1 ELSE 2 END");
        assertThat(expr("n {.name, age: 3}")).isEqualTo("n {.name, age: 3}");
        assertThat(expr("count(DISTINCT x)")).isEqualTo("count(DISTINCT x)");
    }

    @Test
    void parsesPatternsWithDirectionsTypesAndLengths() {
        Query q = Parser.parse("MATCH p = (a:A {x: 1})<-[r:T|U*1..3]-(b) RETURN p");
        Clause.Match m = (Clause.Match) q.parts().get(0).get(0);
        var part = m.pattern().get(0);
        assertThat(part.pathVariable()).isEqualTo("p");
        assertThat(part.relationships().get(0).direction()).isEqualTo(PatternDirection.RIGHT_TO_LEFT);
        assertThat(part.relationships().get(0).types()).containsExactly("T", "U");
        assertThat(part.relationships().get(0).length().min()).isEqualTo(1);
        assertThat(part.relationships().get(0).length().max()).isEqualTo(3);
    }

    @Test
    void syntaxErrorNamesTokenPositionAndCaret() {
        assertThatThrownBy(() -> Parser.parse("MATCH (n)\nRETURN n n"))
                .isInstanceOf(QuiverException.class)
                .hasMessage("Invalid input 'n': expected a clause or the end of the statement"
                        + " (line 2, column 10 (offset: 19))\n\"RETURN n n\"\n          ^")
                .extracting(e -> ((QuiverException) e).status())
                .isEqualTo(Status.STATEMENT_SYNTAX_ERROR);
    }

    @Test
    void integerLiteralOutOfRangeIsAnError() {
        assertThatThrownBy(() -> Parser.parse("RETURN 9223372036854775808"))
                .isInstanceOf(QuiverException.class)
                .hasMessageContaining("integer is too large");
    }
}
