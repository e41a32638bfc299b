package org.quiverdb.cypher.lexer;

import java.util.ArrayList;
import java.util.List;
import org.quiverdb.cypher.ast.Position;
import org.quiverdb.cypher.parser.SyntaxErrors;

/**
 * Turns query text into tokens. Whitespace and comments ({@code //}, {@code /* *}{@code /}) are
 * skipped; string escapes are resolved. A lexing error is a SyntaxError at the offending position.
 * Confined to one thread; one instance per query.
 */
public final class Lexer {
    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;

    public Lexer(String text) {
        this.text = text;
    }

    /** All tokens, ending with one EOF token. */
    public List<Token> tokenize() {
        List<Token> out = new ArrayList<>();
        while (true) {
            skipTrivia();
            if (pos >= text.length()) {
                out.add(new Token(TokenKind.EOF, "", position(), pos));
                return out;
            }
            out.add(nextToken());
        }
    }

    private Position position() {
        return new Position(pos, line, pos - lineStart + 1);
    }

    private void advance() {
        if (text.charAt(pos) == '\n') {
            line++;
            lineStart = pos + 1;
        }
        pos++;
    }

    private void skipTrivia() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                advance();
            } else if (text.startsWith("//", pos)) {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    advance();
                }
            } else if (text.startsWith("/*", pos)) {
                Position start = position();
                int close = text.indexOf("*/", pos + 2);
                if (close < 0) {
                    throw SyntaxErrors.at(text, start, "Failed to parse comment", "'*/'");
                }
                while (pos < close + 2) {
                    advance();
                }
            } else {
                return;
            }
        }
    }

    private Token nextToken() {
        Position start = position();
        char c = text.charAt(pos);
        if (c != '$' && Character.isJavaIdentifierStart(c)) {
            while (pos < text.length() && isNamePart(text.charAt(pos))) {
                advance();
            }
            return new Token(TokenKind.IDENTIFIER, text.substring(start.offset(), pos), start, pos);
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
            return number(start);
        }
        return switch (c) {
            case '\'', '"' -> string(start, c);
            case '`' -> escapedIdentifier(start);
            case '$' -> parameter(start);
            default -> symbol(start, c);
        };
    }

    private static boolean isNamePart(char c) {
        return c != '$' && Character.isJavaIdentifierPart(c);
    }

    private Token number(Position start) {
        if (text.startsWith("0x", pos) || text.startsWith("0X", pos) || text.startsWith("0o", pos)) {
            advance();
            advance();
        }
        boolean isFloat = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_') {
                if ((c == 'e' || c == 'E') && !isHex(start)) {
                    isFloat = true;
                    advance();
                    if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
                        advance();
                    }
                    continue;
                }
                advance();
            } else if (c == '.'
                    && !isFloat
                    && !isHex(start)
                    && pos + 1 < text.length()
                    && Character.isDigit(text.charAt(pos + 1))) {
                isFloat = true;
                advance();
            } else {
                break;
            }
        }
        String t = text.substring(start.offset(), pos);
        return new Token(isFloat ? TokenKind.FLOAT : TokenKind.INTEGER, t, start, pos);
    }

    private boolean isHex(Position start) {
        return text.startsWith("0x", start.offset()) || text.startsWith("0X", start.offset());
    }

    private Token string(Position start, char quote) {
        advance();
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw SyntaxErrors.at(text, start, "Failed to parse string literal", "a closing " + quote);
            }
            char c = text.charAt(pos);
            if (c == quote) {
                advance();
                return new Token(TokenKind.STRING, sb.toString(), start, pos);
            }
            if (c == '\\' && pos + 1 < text.length()) {
                advance();
                sb.append(escape(start));
            } else {
                sb.append(c);
                advance();
            }
        }
    }

    private String escape(Position start) {
        char e = text.charAt(pos);
        advance();
        return switch (e) {
            case 't' -> "\t";
            case 'b' -> "\b";
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 'f' -> "\f";
            case '\'', '"', '\\' -> String.valueOf(e);
            case 'u', 'U' -> unicode(start, e == 'u' ? 4 : 8);
            default -> "\\" + e;
        };
    }

    private String unicode(Position start, int digits) {
        if (pos + digits > text.length()) {
            throw SyntaxErrors.at(text, start, "Invalid unicode escape", digits + " hex digits");
        }
        String hex = text.substring(pos, pos + digits);
        for (int i = 0; i < digits; i++) {
            advance();
        }
        try {
            return new String(Character.toChars(Integer.parseInt(hex, 16)));
        } catch (IllegalArgumentException e) {
            throw SyntaxErrors.at(text, start, "Invalid unicode escape '" + hex + "'", "hex digits");
        }
    }

    private Token escapedIdentifier(Position start) {
        advance();
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw SyntaxErrors.at(text, start, "Failed to parse escaped name", "a closing '`'");
            }
            char c = text.charAt(pos);
            advance();
            if (c == '`') {
                if (pos < text.length() && text.charAt(pos) == '`') {
                    sb.append('`');
                    advance();
                    continue;
                }
                return new Token(TokenKind.ESCAPED_IDENTIFIER, sb.toString(), start, pos);
            }
            sb.append(c);
        }
    }

    private Token parameter(Position start) {
        advance();
        if (pos < text.length() && text.charAt(pos) == '`') {
            Token name = escapedIdentifier(position());
            return new Token(TokenKind.PARAMETER, name.text(), start, pos);
        }
        int nameStart = pos;
        while (pos < text.length() && isNamePart(text.charAt(pos))) {
            advance();
        }
        if (nameStart == pos) {
            throw SyntaxErrors.at(text, position(), "Invalid input after '$'", "a parameter name");
        }
        return new Token(TokenKind.PARAMETER, text.substring(nameStart, pos), start, pos);
    }

    private Token symbol(Position start, char c) {
        String two = pos + 1 < text.length() ? text.substring(pos, pos + 2) : "";
        TokenKind twoKind =
                switch (two) {
                    case ".." -> TokenKind.DOTDOT;
                    case "<>", "!=" -> TokenKind.NEQ;
                    case "<=" -> TokenKind.LE;
                    case ">=" -> TokenKind.GE;
                    case "=~" -> TokenKind.REGEX_MATCH;
                    case "+=" -> TokenKind.PLUS_EQ;
                    default -> null;
                };
        if (twoKind != null) {
            advance();
            advance();
            return new Token(twoKind, two, start, pos);
        }
        TokenKind kind = single(c);
        if (kind == null) {
            throw SyntaxErrors.at(text, start, "Invalid input '" + c + "'", "an expression, a clause or a symbol");
        }
        advance();
        return new Token(kind, String.valueOf(c), start, pos);
    }

    private static TokenKind single(char c) {
        return switch (c) {
            case '(' -> TokenKind.LPAREN;
            case ')' -> TokenKind.RPAREN;
            case '[' -> TokenKind.LBRACKET;
            case ']' -> TokenKind.RBRACKET;
            case '{' -> TokenKind.LBRACE;
            case '}' -> TokenKind.RBRACE;
            case ',' -> TokenKind.COMMA;
            case '.' -> TokenKind.DOT;
            case ':' -> TokenKind.COLON;
            case ';' -> TokenKind.SEMICOLON;
            case '|' -> TokenKind.PIPE;
            case '+' -> TokenKind.PLUS;
            case '-' -> TokenKind.MINUS;
            case '*' -> TokenKind.STAR;
            case '/' -> TokenKind.SLASH;
            case '%' -> TokenKind.PERCENT;
            case '^' -> TokenKind.CARET;
            case '=' -> TokenKind.EQ;
            case '<' -> TokenKind.LT;
            case '>' -> TokenKind.GT;
            default -> null;
        };
    }
}
