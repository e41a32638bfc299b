package org.quiverdb.session.security;

import java.util.ArrayList;
import java.util.List;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;

/**
 * Splits a user-management statement into words, strings, parameters and symbols. It only ever
 * sees statements whose first words name a user-management command; everything else goes to the
 * Cypher engine untouched. Confined; one instance per statement.
 */
final class AdminTokens {
    /** One token; {@code text} is unescaped for strings and backticked names. */
    record Token(Kind kind, String text, int offset) {
        boolean is(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }
    }

    /** Token kinds. */
    enum Kind {
        WORD,
        NAME,
        STRING,
        PARAMETER,
        SYMBOL,
        END
    }

    private final String text;
    private int pos;

    private AdminTokens(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String text) {
        return new AdminTokens(text).all();
    }

    private List<Token> all() {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                out.add(new Token(Kind.END, "", pos));
                return out;
            }
            out.add(next());
        }
    }

    private Token next() {
        int start = pos;
        char c = text.charAt(pos);
        if (Character.isLetter(c) || c == '_') {
            return new Token(Kind.WORD, identifier(), start);
        }
        if (c == '$') {
            pos++;
            return new Token(Kind.PARAMETER, identifier(), start);
        }
        if (c == '`') {
            int close = text.indexOf('`', pos + 1);
            if (close < 0) {
                throw error("unclosed `", start);
            }
            pos = close + 1;
            return new Token(Kind.NAME, text.substring(start + 1, close), start);
        }
        if (c == '\'' || c == '"') {
            return new Token(Kind.STRING, string(c), start);
        }
        pos++;
        return new Token(Kind.SYMBOL, String.valueOf(c), start);
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (pos == start) {
            throw error("a name", start);
        }
        return text.substring(start, pos);
    }

    private String string(char quote) {
        int start = pos++;
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c == '\\' && pos < text.length()) {
                char e = text.charAt(pos++);
                out.append(
                        switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            default -> e;
                        });
            } else {
                out.append(c);
            }
        }
        throw error("unclosed string", start);
    }

    private static QuiverException error(String what, int offset) {
        return new QuiverException(
                Status.STATEMENT_SYNTAX_ERROR, "invalid input at offset " + offset + " (expected: " + what + ")");
    }
}
