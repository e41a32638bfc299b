package org.quiverdb.cypher.parser;

import org.quiverdb.cypher.ast.Position;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;

/**
 * Builds SyntaxError exceptions with Neo4j's message shape: what was found, what was expected,
 * the position, then the offending line of the query with a caret under the column. Stateless.
 */
public final class SyntaxErrors {
    private SyntaxErrors() {}

    public static QuiverException at(String query, Position position, String what, String expected) {
        return new QuiverException(
                Status.STATEMENT_SYNTAX_ERROR, format(query, position, what + ": expected " + expected));
    }

    /** {@code message (line l, column c (offset: o))} then the query line and a caret line. */
    public static String format(String query, Position p, String message) {
        String[] lines = query.split("\n", -1);
        String line = p.line() - 1 < lines.length ? lines[p.line() - 1] : "";
        return message + " (line " + p.line() + ", column " + p.column() + " (offset: " + p.offset() + "))\n\"" + line
                + "\"\n" + " ".repeat(p.column()) + "^";
    }
}
