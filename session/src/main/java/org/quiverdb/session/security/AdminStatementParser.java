package org.quiverdb.session.security;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.session.security.AdminStatement.Text;
import org.quiverdb.session.security.AdminTokens.Kind;
import org.quiverdb.session.security.AdminTokens.Token;

/**
 * Recognises the user-management statements (Neo4j 5 syntax) that the session layer answers from
 * the user store; every other statement is left to the Cypher engine. A statement that starts like
 * one of them but does not follow its grammar is a SyntaxError. Confined; one instance per statement.
 */
final class AdminStatementParser {
    private static final Pattern COMMAND = Pattern.compile(
            "^\\s*(SHOW\\s+(CURRENT\\s+)?USERS?|CREATE\\s+(OR\\s+REPLACE\\s+)?USER|ALTER\\s+(CURRENT\\s+)?USER"
                    + "|DROP\\s+USER|CALL\\s+dbms\\.security\\.changePassword)\\b",
            Pattern.CASE_INSENSITIVE);

    private final List<Token> tokens;
    private int at;

    private AdminStatementParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The statement {@code query} is, or empty when it is not a user-management statement. */
    static Optional<AdminStatement> parse(String query) {
        if (!COMMAND.matcher(query).find()) {
            return Optional.empty();
        }
        AdminStatementParser parser = new AdminStatementParser(AdminTokens.tokenize(query));
        AdminStatement statement = parser.statement();
        parser.accept(";");
        parser.expect(Kind.END, "end of statement");
        return Optional.of(statement);
    }

    private AdminStatement statement() {
        if (accept("SHOW")) {
            boolean current = accept("CURRENT");
            if (!accept("USERS")) {
                keyword("USER");
            }
            return new AdminStatement.ShowUsers(current);
        }
        if (accept("CREATE")) {
            return create();
        }
        if (accept("DROP")) {
            keyword("USER");
            Text name = name();
            boolean ifExists = accept("IF");
            if (ifExists) {
                keyword("EXISTS");
            }
            return new AdminStatement.DropUser(name, ifExists);
        }
        if (accept("CALL")) {
            keyword("dbms");
            symbol(".");
            keyword("security");
            symbol(".");
            keyword("changePassword");
            symbol("(");
            Text password = text();
            symbol(")");
            return new AdminStatement.ChangeOwnPassword(null, password);
        }
        keyword("ALTER");
        if (accept("CURRENT")) {
            keyword("USER");
            keyword("SET");
            keyword("PASSWORD");
            keyword("FROM");
            Text old = text();
            keyword("TO");
            return new AdminStatement.ChangeOwnPassword(old, text());
        }
        keyword("USER");
        return alter();
    }

    private AdminStatement create() {
        AdminStatement.Existing existing = AdminStatement.Existing.FAIL;
        if (accept("OR")) {
            keyword("REPLACE");
            existing = AdminStatement.Existing.REPLACE;
        }
        keyword("USER");
        Text name = name();
        if (accept("IF")) {
            keyword("NOT");
            keyword("EXISTS");
            existing = AdminStatement.Existing.SKIP;
        }
        SetClauses set = setClauses();
        if (set.password == null) {
            throw syntax("SET PASSWORD");
        }
        return new AdminStatement.CreateUser(name, existing, set.password, set.changeRequired, set.suspended);
    }

    private AdminStatement alter() {
        Text name = name();
        boolean ifExists = accept("IF");
        if (ifExists) {
            keyword("EXISTS");
        }
        SetClauses set = setClauses();
        return new AdminStatement.AlterUser(name, ifExists, set.password, set.changeRequired, set.suspended);
    }

    /** The mutable accumulator of SET clauses while parsing one statement. */
    private static final class SetClauses {
        Text password;
        Boolean changeRequired;
        Boolean suspended;
    }

    private SetClauses setClauses() {
        SetClauses set = new SetClauses();
        keyword("SET");
        do {
            if (accept("STATUS")) {
                set.suspended = accept("SUSPENDED");
                if (!set.suspended) {
                    keyword("ACTIVE");
                }
            } else if (accept("HOME")) {
                throw new QuiverException(
                        Status.STATEMENT_UNSUPPORTED_OPERATION,
                        "SET HOME DATABASE (expected: SET PASSWORD or SET STATUS; home databases come later)");
            } else {
                if (accept("ENCRYPTED")) {
                    throw new QuiverException(
                            Status.STATEMENT_UNSUPPORTED_OPERATION,
                            "SET ENCRYPTED PASSWORD (expected: SET [PLAINTEXT] PASSWORD)");
                }
                accept("PLAINTEXT");
                keyword("PASSWORD");
                if (!peek().is("CHANGE")) {
                    set.password = text();
                }
                if (accept("CHANGE")) {
                    set.changeRequired = !accept("NOT");
                    keyword("REQUIRED");
                }
            }
        } while (accept("SET"));
        return set;
    }

    private Text name() {
        Token t = peek();
        if (t.kind() == Kind.WORD || t.kind() == Kind.NAME) {
            at++;
            return Text.literal(t.text());
        }
        if (t.kind() == Kind.PARAMETER) {
            at++;
            return Text.parameter(t.text());
        }
        throw syntax("a user name");
    }

    private Text text() {
        Token t = peek();
        if (t.kind() == Kind.STRING) {
            at++;
            return Text.literal(t.text());
        }
        if (t.kind() == Kind.PARAMETER) {
            at++;
            return Text.parameter(t.text());
        }
        throw syntax("a string or a parameter");
    }

    private Token peek() {
        return tokens.get(at);
    }

    private boolean accept(String word) {
        Token t = peek();
        boolean match = t.kind() == Kind.SYMBOL ? t.text().equals(word) : t.is(word);
        if (match) {
            at++;
        }
        return match;
    }

    private void keyword(String word) {
        if (!accept(word)) {
            throw syntax(word);
        }
    }

    private void symbol(String symbol) {
        keyword(symbol);
    }

    private void expect(Kind kind, String what) {
        if (peek().kind() != kind) {
            throw syntax(what);
        }
    }

    private QuiverException syntax(String expected) {
        Token t = peek();
        String found = t.kind() == Kind.END ? "end of input" : "'" + t.text() + "'";
        return new QuiverException(
                Status.STATEMENT_SYNTAX_ERROR,
                "invalid input " + found + " at offset " + t.offset() + " (expected: " + expected + ")");
    }
}
