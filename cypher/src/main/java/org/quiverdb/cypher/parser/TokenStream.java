package org.quiverdb.cypher.parser;

import java.util.List;
import org.quiverdb.cypher.lexer.Token;
import org.quiverdb.cypher.lexer.TokenKind;
import org.quiverdb.kernel.api.QuiverException;

/**
 * A cursor over the tokens of one query, with lookahead, keyword matching and a resettable mark
 * for the parser's few backtracking points. Confined to one parse.
 */
final class TokenStream {
    private final String query;
    private final List<Token> tokens;
    private int index;
    private int anonymous;

    TokenStream(String query, List<Token> tokens) {
        this.query = query;
        this.tokens = tokens;
    }

    String query() {
        return query;
    }

    Token peek() {
        return tokens.get(index);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(index);
        if (t.kind() != TokenKind.EOF) {
            index++;
        }
        return t;
    }

    int mark() {
        return index;
    }

    void reset(int mark) {
        index = mark;
    }

    boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    boolean atKeyword(String keyword) {
        return peek().isKeyword(keyword);
    }

    boolean atKeywords(String... keywords) {
        for (int i = 0; i < keywords.length; i++) {
            if (!peek(i).isKeyword(keywords[i])) {
                return false;
            }
        }
        return true;
    }

    boolean accept(TokenKind kind) {
        if (at(kind)) {
            next();
            return true;
        }
        return false;
    }

    boolean acceptKeyword(String keyword) {
        if (atKeyword(keyword)) {
            next();
            return true;
        }
        return false;
    }

    Token expect(TokenKind kind, String expected) {
        if (!at(kind)) {
            throw error(expected);
        }
        return next();
    }

    void expectKeyword(String keyword) {
        if (!acceptKeyword(keyword)) {
            throw error("'" + keyword + "'");
        }
    }

    /** An identifier or an escaped identifier (keywords are allowed as names). */
    String name(String expected) {
        if (at(TokenKind.IDENTIFIER) || at(TokenKind.ESCAPED_IDENTIFIER)) {
            return next().text();
        }
        throw error(expected);
    }

    boolean atName() {
        return at(TokenKind.IDENTIFIER) || at(TokenKind.ESCAPED_IDENTIFIER);
    }

    /** A fresh name for an anonymous pattern element, as Neo4j spells them. */
    String anonymousName() {
        int n = anonymous++;
        return "  UNNAMED" + n;
    }

    QuiverException error(String expected) {
        Token t = peek();
        String found = t.kind() == TokenKind.EOF ? "Invalid input ''" : "Invalid input '" + t.text() + "'";
        return SyntaxErrors.at(query, t.position(), found, expected);
    }

    /** The query text from {@code start} to the end of the previous token. */
    String textFrom(int startOffset) {
        int end = index == 0 ? startOffset : tokens.get(index - 1).end();
        return query.substring(startOffset, Math.max(startOffset, end));
    }
}
