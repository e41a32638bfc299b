package org.quiverdb.cypher.parser;

import java.util.ArrayList;
import java.util.List;
import org.quiverdb.cypher.ast.Clause;
import org.quiverdb.cypher.ast.Expression;
import org.quiverdb.cypher.ast.PatternPart;
import org.quiverdb.cypher.ast.Position;
import org.quiverdb.cypher.ast.Projection;
import org.quiverdb.cypher.ast.Query;
import org.quiverdb.cypher.ast.ReturnItem;
import org.quiverdb.cypher.ast.SetItem;
import org.quiverdb.cypher.ast.SortItem;
import org.quiverdb.cypher.lexer.Lexer;
import org.quiverdb.cypher.lexer.Token;
import org.quiverdb.cypher.lexer.TokenKind;

/**
 * Recursive-descent parser for statements and clauses; expressions go to {@link ExpressionParser}
 * and patterns to {@link PatternParser}. Postcondition: the whole text was consumed, else a
 * SyntaxError at the first unexpected token. One instance per query; confined.
 */
public final class Parser {
    private final TokenStream in;
    private final ExpressionParser expressions;
    private final PatternParser patterns;
    private final AtomParser atoms;

    private Parser(String query) {
        this.in = new TokenStream(query, new Lexer(query).tokenize());
        this.expressions = new ExpressionParser(in);
        this.patterns = new PatternParser(in);
        this.atoms = new AtomParser(in, expressions, patterns, this);
        expressions.atoms(atoms);
        patterns.wire(atoms, expressions);
    }

    /** Parses a whole statement; throws a SyntaxError QuiverException. */
    public static Query parse(String query) {
        Parser p = new Parser(query);
        p.skipPrefix();
        Query q = p.query();
        p.in.accept(TokenKind.SEMICOLON);
        if (!p.in.at(TokenKind.EOF)) {
            throw p.in.error("a clause or the end of the statement");
        }
        return q;
    }

    /** Parses a single expression (the whole text). */
    public static Expression parseExpression(String text) {
        Parser p = new Parser(text);
        Expression e = p.expressions.parse();
        if (!p.in.at(TokenKind.EOF)) {
            throw p.in.error("the end of the expression");
        }
        return e;
    }

    private void skipPrefix() {
        in.acceptKeyword("EXPLAIN");
        in.acceptKeyword("PROFILE");
        if (in.atKeyword("CYPHER")) {
            in.next();
            while ((in.atName() && !isClauseStart())
                    || in.at(TokenKind.EQ)
                    || in.at(TokenKind.INTEGER)
                    || in.at(TokenKind.FLOAT)) {
                in.next();
            }
        }
    }

    Query query() {
        List<List<Clause>> parts = new ArrayList<>();
        List<Boolean> all = new ArrayList<>();
        parts.add(singleQuery());
        while (in.acceptKeyword("UNION")) {
            all.add(in.acceptKeyword("ALL"));
            parts.add(singleQuery());
        }
        return new Query(parts, all);
    }

    private List<Clause> singleQuery() {
        List<Clause> clauses = new ArrayList<>();
        while (isClauseStart()) {
            clauses.add(clause());
        }
        if (clauses.isEmpty()) {
            throw in.error("a clause: MATCH, CREATE, MERGE, RETURN, WITH, UNWIND, CALL, ...");
        }
        return clauses;
    }

    private boolean isClauseStart() {
        for (String k : List.of(
                "MATCH",
                "OPTIONAL",
                "CREATE",
                "MERGE",
                "WITH",
                "RETURN",
                "UNWIND",
                "SET",
                "REMOVE",
                "DELETE",
                "DETACH",
                "FOREACH",
                "CALL")) {
            if (in.atKeyword(k)) {
                return true;
            }
        }
        return false;
    }

    private Clause clause() {
        Token t = in.next();
        Position p = t.position();
        String k = t.text().toUpperCase(java.util.Locale.ROOT);
        return switch (k) {
            case "MATCH" -> match(p, false);
            case "OPTIONAL" -> {
                in.expectKeyword("MATCH");
                yield match(p, true);
            }
            case "CREATE" -> new Clause.Create(p, patterns.pattern());
            case "MERGE" -> merge(p);
            case "WITH" -> {
                Projection proj = projection();
                Expression where = in.acceptKeyword("WHERE") ? expressions.parse() : null;
                yield new Clause.With(p, proj, where);
            }
            case "RETURN" -> new Clause.Return(p, projection());
            case "UNWIND" -> {
                Expression e = expressions.parse();
                in.expectKeyword("AS");
                yield new Clause.Unwind(p, e, in.name("a variable"));
            }
            case "SET" -> new Clause.Update(p, setItems());
            case "REMOVE" -> new Clause.Update(p, removeItems());
            case "DELETE" -> new Clause.Delete(p, false, expressions.list(TokenKind.EOF));
            case "DETACH" -> {
                in.expectKeyword("DELETE");
                yield new Clause.Delete(p, true, expressions.list(TokenKind.EOF));
            }
            case "FOREACH" -> foreach(p);
            case "CALL" -> call(p);
            default -> throw in.error("a clause");
        };
    }

    private Clause match(Position p, boolean optional) {
        List<PatternPart> pattern = patterns.pattern();
        Expression where = in.acceptKeyword("WHERE") ? expressions.parse() : null;
        return new Clause.Match(p, optional, pattern, where);
    }

    private Clause merge(Position p) {
        PatternPart part = patterns.part();
        List<SetItem> onCreate = new ArrayList<>();
        List<SetItem> onMatch = new ArrayList<>();
        while (in.atKeyword("ON")) {
            in.next();
            if (in.acceptKeyword("CREATE")) {
                in.expectKeyword("SET");
                onCreate.addAll(setItems());
            } else {
                in.expectKeyword("MATCH");
                in.expectKeyword("SET");
                onMatch.addAll(setItems());
            }
        }
        return new Clause.Merge(p, part, onCreate, onMatch);
    }

    private Clause foreach(Position p) {
        in.expect(TokenKind.LPAREN, "'('");
        String var = in.name("a variable");
        in.expectKeyword("IN");
        Expression list = expressions.parse();
        in.expect(TokenKind.PIPE, "'|'");
        List<Clause> body = new ArrayList<>();
        while (isClauseStart()) {
            body.add(clause());
        }
        in.expect(TokenKind.RPAREN, "')'");
        return new Clause.Foreach(p, var, list, body);
    }

    private Clause call(Position p) {
        if (in.accept(TokenKind.LBRACE)) {
            Query q = query();
            in.expect(TokenKind.RBRACE, "'}'");
            return new Clause.CallSubquery(p, q);
        }
        StringBuilder name = new StringBuilder(in.name("a procedure name"));
        while (in.accept(TokenKind.DOT)) {
            name.append('.').append(in.name("a procedure name"));
        }
        List<Expression> args = null;
        if (in.accept(TokenKind.LPAREN)) {
            args = expressions.list(TokenKind.RPAREN);
            in.expect(TokenKind.RPAREN, "')'");
        }
        List<String> names = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        boolean yieldAll = false;
        Expression where = null;
        if (in.acceptKeyword("YIELD")) {
            if (in.accept(TokenKind.STAR)) {
                yieldAll = true;
            } else {
                do {
                    String n = in.name("a procedure result field");
                    names.add(n);
                    aliases.add(in.acceptKeyword("AS") ? in.name("a variable") : n);
                } while (in.accept(TokenKind.COMMA));
            }
            where = in.acceptKeyword("WHERE") ? expressions.parse() : null;
        }
        return new Clause.CallProcedure(p, name.toString(), args, names, aliases, yieldAll, where);
    }

    private Projection projection() {
        boolean distinct = in.acceptKeyword("DISTINCT");
        boolean star = false;
        List<ReturnItem> items = new ArrayList<>();
        if (in.accept(TokenKind.STAR)) {
            star = true;
            if (!in.accept(TokenKind.COMMA)) {
                return tail(distinct, true, items);
            }
        }
        do {
            int start = in.peek().position().offset();
            Expression e = expressions.parse();
            String text = in.textFrom(start);
            String alias = in.acceptKeyword("AS") ? in.name("a variable") : null;
            items.add(new ReturnItem(e, alias, text));
        } while (in.accept(TokenKind.COMMA));
        return tail(distinct, star, items);
    }

    private Projection tail(boolean distinct, boolean star, List<ReturnItem> items) {
        List<SortItem> order = new ArrayList<>();
        if (in.atKeywords("ORDER", "BY")) {
            in.next();
            in.next();
            do {
                int start = in.peek().position().offset();
                Expression e = expressions.parse();
                String text = in.textFrom(start);
                boolean asc = true;
                if (in.acceptKeyword("DESC") || in.acceptKeyword("DESCENDING")) {
                    asc = false;
                } else if (!in.acceptKeyword("ASC")) {
                    in.acceptKeyword("ASCENDING");
                }
                order.add(new SortItem(e, asc, text));
            } while (in.accept(TokenKind.COMMA));
        }
        Expression skip = in.acceptKeyword("SKIP") || in.acceptKeyword("OFFSET") ? expressions.parse() : null;
        Expression limit = in.acceptKeyword("LIMIT") ? expressions.parse() : null;
        return new Projection(distinct, star, items, order, skip, limit);
    }

    private List<SetItem> setItems() {
        List<SetItem> items = new ArrayList<>();
        do {
            Token t = in.peek();
            if (in.at(TokenKind.LPAREN)) {
                Expression target = atoms.postfix(atoms.atom());
                if (!(target instanceof Expression.Property p)) {
                    throw in.error("a property to set, such as (n).name");
                }
                in.expect(TokenKind.EQ, "'='");
                items.add(new SetItem.SetProperty(p, expressions.parse()));
                continue;
            }
            String var = in.name("a variable");
            if (in.at(TokenKind.COLON)) {
                items.add(new SetItem.SetLabels(t.position(), var, labelList()));
            } else if (in.accept(TokenKind.EQ)) {
                items.add(new SetItem.SetProperties(t.position(), var, expressions.parse(), false));
            } else if (in.accept(TokenKind.PLUS_EQ)) {
                items.add(new SetItem.SetProperties(t.position(), var, expressions.parse(), true));
            } else {
                Expression.Property target = propertyChain(t, var);
                in.expect(TokenKind.EQ, "'='");
                items.add(new SetItem.SetProperty(target, expressions.parse()));
            }
        } while (in.accept(TokenKind.COMMA));
        return items;
    }

    private List<SetItem> removeItems() {
        List<SetItem> items = new ArrayList<>();
        do {
            Token t = in.peek();
            String var = in.name("a variable");
            if (in.at(TokenKind.COLON)) {
                items.add(new SetItem.RemoveLabels(t.position(), var, labelList()));
            } else {
                items.add(new SetItem.RemoveProperty(propertyChain(t, var)));
            }
        } while (in.accept(TokenKind.COMMA));
        return items;
    }

    private Expression.Property propertyChain(Token start, String var) {
        Expression e = new Expression.Variable(start.position(), var);
        do {
            Token dot = in.expect(TokenKind.DOT, "'.', ':', '=' or '+='");
            e = new Expression.Property(dot.position(), e, in.name("a property key name"));
        } while (in.at(TokenKind.DOT));
        return (Expression.Property) e;
    }

    private List<String> labelList() {
        List<String> labels = new ArrayList<>();
        while (in.accept(TokenKind.COLON)) {
            labels.add(in.name("a label name"));
        }
        return labels;
    }
}
