package org.quiverdb.cypher.lexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;

class LexerTest {
    private static List<TokenKind> kinds(String text) {
        return new Lexer(text).tokenize().stream().map(Token::kind).toList();
    }

    @Test
    void lexesSymbolsNumbersStringsAndParameters() {
        assertThat(kinds("MATCH (n)-->(m) WHERE n.x <> 1.5e3 AND $p =~ 'a' RETURN 0x1F"))
                .containsExactly(
                        TokenKind.IDENTIFIER,
                        TokenKind.LPAREN,
                        TokenKind.IDENTIFIER,
                        TokenKind.RPAREN,
                        TokenKind.MINUS,
                        TokenKind.MINUS,
                        TokenKind.GT,
                        TokenKind.LPAREN,
                        TokenKind.IDENTIFIER,
                        TokenKind.RPAREN,
                        TokenKind.IDENTIFIER,
                        TokenKind.IDENTIFIER,
                        TokenKind.DOT,
                        TokenKind.IDENTIFIER,
                        TokenKind.NEQ,
                        TokenKind.FLOAT,
                        TokenKind.IDENTIFIER,
                        TokenKind.PARAMETER,
                        TokenKind.REGEX_MATCH,
                        TokenKind.STRING,
                        TokenKind.IDENTIFIER,
                        TokenKind.INTEGER,
                        TokenKind.EOF);
    }

    @Test
    void resolvesStringEscapesAndBacktickNames() {
        List<Token> tokens = new Lexer("'a\\'b\\n\\u0041' `we``ird`").tokenize();
        assertThat(tokens.get(0).text()).isEqualTo("a'b\nA");
        assertThat(tokens.get(1).kind()).isEqualTo(TokenKind.ESCAPED_IDENTIFIER);
        assertThat(tokens.get(1).text()).isEqualTo("we`ird");
    }

    @Test
    void skipsCommentsAndTracksLinesAndColumns() {
        List<Token> tokens = new Lexer("// first\nRETURN /* x */ 1").tokenize();
        assertThat(tokens.get(0).position().line()).isEqualTo(2);
        assertThat(tokens.get(1).position().column()).isEqualTo(16);
        assertThat(tokens.get(1).position().offset()).isEqualTo(24);
    }

    @Test
    void unterminatedStringIsSyntaxErrorAtItsStart() {
        assertThatThrownBy(() -> new Lexer("RETURN 'abc").tokenize())
                .isInstanceOf(QuiverException.class)
                .hasMessageContaining("(line 1, column 8 (offset: 7))")
                .extracting(e -> ((QuiverException) e).status())
                .isEqualTo(Status.STATEMENT_SYNTAX_ERROR);
    }
}
