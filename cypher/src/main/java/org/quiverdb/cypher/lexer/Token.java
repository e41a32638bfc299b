package org.quiverdb.cypher.lexer;

import org.quiverdb.cypher.ast.Position;

/**
 * One token: its kind, its text (unescaped for strings and escaped identifiers), where it starts
 * and the offset just after it.
 */
public record Token(TokenKind kind, String text, Position position, int end) {
    /** True when this is an unescaped identifier equal to {@code keyword}, ignoring case. */
    public boolean isKeyword(String keyword) {
        return kind == TokenKind.IDENTIFIER && text.equalsIgnoreCase(keyword);
    }
}
