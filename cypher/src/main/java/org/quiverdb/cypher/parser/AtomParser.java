package org.quiverdb.cypher.parser;

import java.util.ArrayList;
import java.util.List;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.ast.MapProjectionItem;
import org.quiverdb.cypher.ast.PatternPart;
import org.quiverdb.cypher.ast.Position;
import org.quiverdb.cypher.ast.Quantifier;
import org.quiverdb.cypher.lexer.Token;
import org.quiverdb.cypher.lexer.TokenKind;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.StringValue;

/**
 * Parses the atoms of expressions (literals, variables, calls, CASE, comprehensions, map
 * projections, pattern predicates, subqueries) and their postfix operators. Confined to one parse.
 */
final class AtomParser {
    private final TokenStream in;
    private final ExpressionParser expressions;
    private final PatternParser patterns;
    private final Parser clauses;

    AtomParser(TokenStream in, ExpressionParser expressions, PatternParser patterns, Parser clauses) {
        this.in = in;
        this.expressions = expressions;
        this.patterns = patterns;
        this.clauses = clauses;
    }

    Expression postfix(Expression subject) {
        Expression e = subject;
        while (true) {
            Token t = in.peek();
            if (t.kind() == TokenKind.DOT) {
                in.next();
                e = new Expression.Property(t.position(), e, in.name("a property key name"));
            } else if (t.kind() == TokenKind.LBRACKET) {
                e = subscript(e);
            } else if (t.kind() == TokenKind.COLON) {
                List<String> labels = new ArrayList<>();
                while (in.accept(TokenKind.COLON)) {
                    labels.add(in.name("a label name"));
                }
                e = new Expression.LabelCheck(t.position(), e, labels);
            } else {
                return e;
            }
        }
    }

    private Expression subscript(Expression subject) {
        Position p = in.next().position();
        Expression from = null;
        if (!in.at(TokenKind.DOTDOT)) {
            from = expressions.parse();
        }
        if (in.accept(TokenKind.DOTDOT)) {
            Expression to = in.at(TokenKind.RBRACKET) ? null : expressions.parse();
            in.expect(TokenKind.RBRACKET, "']'");
            return new Expression.Slice(p, subject, from, to);
        }
        in.expect(TokenKind.RBRACKET, "'..' or ']'");
        return new Expression.Subscript(p, subject, from);
    }

    Expression negativeNumber(Token minus) {
        Token n = in.next();
        return Literals.number(in.query(), minus.position(), "-" + n.text(), n.kind() == TokenKind.FLOAT);
    }

    Expression atom() {
        Token t = in.peek();
        return switch (t.kind()) {
            case INTEGER, FLOAT -> {
                in.next();
                yield Literals.number(in.query(), t.position(), t.text(), t.kind() == TokenKind.FLOAT);
            }
            case STRING -> {
                in.next();
                yield new Expression.Literal(t.position(), StringValue.of(t.text()));
            }
            case PARAMETER -> {
                in.next();
                yield new Expression.Parameter(t.position(), t.text());
            }
            case LBRACKET -> bracket();
            case LBRACE -> mapLiteral();
            case LPAREN -> parenthesised();
            case IDENTIFIER -> identifierAtom();
            case ESCAPED_IDENTIFIER -> {
                in.next();
                yield variableOrProjection(t);
            }
            default -> throw in.error("an expression");
        };
    }

    private Expression identifierAtom() {
        Token t = in.peek();
        String word = t.text();
        if (t.isKeyword("true") || t.isKeyword("false")) {
            in.next();
            return new Expression.Literal(t.position(), BooleanValue.of(t.isKeyword("true")));
        }
        if (t.isKeyword("null")) {
            in.next();
            return new Expression.Literal(t.position(), NullValue.NULL);
        }
        if (t.isKeyword("CASE")) {
            return caseExpression();
        }
        if (in.peek(1).kind() == TokenKind.LBRACE && (t.isKeyword("EXISTS") || t.isKeyword("COUNT"))) {
            in.next();
            return subquery(t);
        }
        if (in.peek(1).kind() == TokenKind.LPAREN) {
            return call(t);
        }
        if (in.peek(1).kind() == TokenKind.DOT && isNamespacedCall()) {
            return call(t);
        }
        in.next();
        assert word.equals(t.text());
        return variableOrProjection(t);
    }

    private boolean isNamespacedCall() {
        int i = 0;
        while (in.peek(i).kind() == TokenKind.IDENTIFIER && in.peek(i + 1).kind() == TokenKind.DOT) {
            i += 2;
        }
        return in.peek(i).kind() == TokenKind.IDENTIFIER && in.peek(i + 1).kind() == TokenKind.LPAREN;
    }

    private Expression variableOrProjection(Token name) {
        if (in.at(TokenKind.LBRACE)) {
            return mapProjection(name);
        }
        return new Expression.Variable(name.position(), name.text());
    }

    private Expression mapProjection(Token variable) {
        in.next();
        List<MapProjectionItem> items = new ArrayList<>();
        if (!in.at(TokenKind.RBRACE)) {
            do {
                if (in.accept(TokenKind.DOT)) {
                    if (in.accept(TokenKind.STAR)) {
                        items.add(new MapProjectionItem(null, null, true));
                    } else {
                        items.add(new MapProjectionItem(in.name("a property key name"), null, false));
                    }
                } else {
                    Token key = in.peek();
                    String name = in.name("a map projection item");
                    if (in.accept(TokenKind.COLON)) {
                        items.add(new MapProjectionItem(name, expressions.parse(), false));
                    } else {
                        items.add(new MapProjectionItem(name, new Expression.Variable(key.position(), name), false));
                    }
                }
            } while (in.accept(TokenKind.COMMA));
        }
        in.expect(TokenKind.RBRACE, "'}'");
        return new Expression.MapProjection(variable.position(), variable.text(), items);
    }

    private Expression call(Token first) {
        StringBuilder name = new StringBuilder(in.next().text());
        while (in.accept(TokenKind.DOT)) {
            name.append('.').append(in.name("a function name"));
        }
        in.expect(TokenKind.LPAREN, "'('");
        String fn = name.toString();
        Expression special = specialForm(first, fn);
        if (special != null) {
            return special;
        }
        boolean distinct = in.acceptKeyword("DISTINCT");
        if (fn.equalsIgnoreCase("count") && in.accept(TokenKind.STAR)) {
            in.expect(TokenKind.RPAREN, "')'");
            return new Expression.CountStar(first.position());
        }
        List<Expression> args = expressions.list(TokenKind.RPAREN);
        in.expect(TokenKind.RPAREN, "')' or ','");
        return new Expression.FunctionCall(first.position(), fn, distinct, args);
    }

    private Expression specialForm(Token first, String fn) {
        String lower = fn.toLowerCase(java.util.Locale.ROOT);
        Quantifier q =
                switch (lower) {
                    case "all" -> Quantifier.ALL;
                    case "any" -> Quantifier.ANY;
                    case "none" -> Quantifier.NONE;
                    case "single" -> Quantifier.SINGLE;
                    default -> null;
                };
        if (q != null && in.atName() && in.peek(1).isKeyword("IN")) {
            String var = in.name("a variable");
            in.expectKeyword("IN");
            Expression source = expressions.parse();
            Expression where = in.acceptKeyword("WHERE") ? expressions.parse() : null;
            in.expect(TokenKind.RPAREN, "')'");
            return new Expression.Quantified(first.position(), q, var, source, where);
        }
        if (lower.equals("reduce")) {
            String acc = in.name("an accumulator variable");
            in.expect(TokenKind.EQ, "'='");
            Expression init = expressions.parse();
            in.expect(TokenKind.COMMA, "','");
            String var = in.name("a variable");
            in.expectKeyword("IN");
            Expression source = expressions.parse();
            in.expect(TokenKind.PIPE, "'|'");
            Expression body = expressions.parse();
            in.expect(TokenKind.RPAREN, "')'");
            return new Expression.Reduce(first.position(), acc, init, var, source, body);
        }
        if (lower.equals("exists") && in.at(TokenKind.LPAREN)) {
            int mark = in.mark();
            try {
                PatternPart part = patterns.part();
                if (!part.relationships().isEmpty() && in.accept(TokenKind.RPAREN)) {
                    org.quiverdb.cypher.ast.Clause match =
                            new org.quiverdb.cypher.ast.Clause.Match(first.position(), false, List.of(part), null);
                    return new Expression.ExistsSubquery(
                            first.position(), new org.quiverdb.cypher.ast.Query(List.of(List.of(match)), List.of()));
                }
            } catch (QuiverException e) {
                // not a pattern: exists(n.prop) form
            }
            in.reset(mark);
        }
        return null;
    }

    private Expression subquery(Token keyword) {
        in.expect(TokenKind.LBRACE, "'{'");
        Position p = keyword.position();
        org.quiverdb.cypher.ast.Query q;
        if (in.atKeyword("MATCH")
                || in.atKeyword("OPTIONAL")
                || in.atKeyword("WITH")
                || in.atKeyword("UNWIND")
                || in.atKeyword("CALL")) {
            q = clauses.query();
        } else {
            List<PatternPart> parts = patterns.pattern();
            Expression where = in.acceptKeyword("WHERE") ? expressions.parse() : null;
            q = new org.quiverdb.cypher.ast.Query(
                    List.of(List.of(new org.quiverdb.cypher.ast.Clause.Match(p, false, parts, where))), List.of());
        }
        in.expect(TokenKind.RBRACE, "'}'");
        return keyword.isKeyword("EXISTS") ? new Expression.ExistsSubquery(p, q) : new Expression.CountSubquery(p, q);
    }

    private Expression caseExpression() {
        Position p = in.next().position();
        Expression subject = in.atKeyword("WHEN") ? null : expressions.parse();
        List<Expression> whens = new ArrayList<>();
        List<Expression> thens = new ArrayList<>();
        while (in.acceptKeyword("WHEN")) {
            whens.add(expressions.parse());
            in.expectKeyword("THEN");
            thens.add(expressions.parse());
        }
        if (whens.isEmpty()) {
            throw in.error("'WHEN'");
        }
        Expression otherwise = in.acceptKeyword("ELSE") ? expressions.parse() : null;
        in.expectKeyword("END");
        return new Expression.Case(p, subject, whens, thens, otherwise);
    }

    Expression mapLiteral() {
        Position p = in.expect(TokenKind.LBRACE, "'{'").position();
        List<String> keys = new ArrayList<>();
        List<Expression> values = new ArrayList<>();
        if (!in.at(TokenKind.RBRACE)) {
            do {
                keys.add(in.name("a property key name"));
                in.expect(TokenKind.COLON, "':'");
                values.add(expressions.parse());
            } while (in.accept(TokenKind.COMMA));
        }
        in.expect(TokenKind.RBRACE, "',' or '}'");
        return new Expression.MapLiteral(p, keys, values);
    }

    private Expression bracket() {
        Position p = in.peek().position();
        Token n1 = in.peek(1);
        if ((n1.kind() == TokenKind.IDENTIFIER || n1.kind() == TokenKind.ESCAPED_IDENTIFIER)
                && in.peek(2).isKeyword("IN")) {
            return listComprehension(p);
        }
        if (in.peek(1).kind() == TokenKind.LPAREN
                || (in.peek(1).kind() == TokenKind.IDENTIFIER && in.peek(2).kind() == TokenKind.EQ)) {
            int mark = in.mark();
            try {
                return patternComprehension(p);
            } catch (QuiverException e) {
                in.reset(mark);
            }
        }
        in.next();
        List<Expression> elements = expressions.list(TokenKind.RBRACKET);
        in.expect(TokenKind.RBRACKET, "',' or ']'");
        return new Expression.ListLiteral(p, elements);
    }

    private Expression listComprehension(Position p) {
        in.next();
        String var = in.name("a variable");
        in.expectKeyword("IN");
        Expression source = expressions.parse();
        Expression where = in.acceptKeyword("WHERE") ? expressions.parse() : null;
        Expression projection = in.accept(TokenKind.PIPE) ? expressions.parse() : null;
        in.expect(TokenKind.RBRACKET, "']'");
        return new Expression.ListComprehension(p, var, source, where, projection);
    }

    private Expression patternComprehension(Position p) {
        in.next();
        PatternPart part = patterns.part();
        if (part.relationships().isEmpty()) {
            throw in.error("a relationship pattern");
        }
        Expression where = in.acceptKeyword("WHERE") ? expressions.parse() : null;
        in.expect(TokenKind.PIPE, "'|'");
        Expression projection = expressions.parse();
        in.expect(TokenKind.RBRACKET, "']'");
        return new Expression.PatternComprehension(p, part, where, projection);
    }

    private Expression parenthesised() {
        int mark = in.mark();
        try {
            PatternPart part = patterns.part();
            if (!part.relationships().isEmpty()) {
                return new Expression.PatternPredicate(part.position(), part);
            }
        } catch (QuiverException e) {
            // not a pattern: a parenthesised expression
        }
        in.reset(mark);
        in.next();
        Expression e = expressions.parse();
        in.expect(TokenKind.RPAREN, "')'");
        return e;
    }
}
