package org.quiverdb.cypher.semantic;

import org.quiverdb.cypher.ast.Position;
import org.quiverdb.cypher.parser.SyntaxErrors;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;

/**
 * Compile-time errors found after parsing. Neo4j reports most of them (undefined variables,
 * misplaced aggregation, invalid projections) with the SyntaxError status and the position of the
 * offending element, so do we. Carries the query text for the caret line. Immutable.
 */
final class SemanticErrors {
    private final String query;

    SemanticErrors(String query) {
        this.query = query;
    }

    QuiverException at(Position p, String message) {
        return new QuiverException(Status.STATEMENT_SYNTAX_ERROR, SyntaxErrors.format(query, p, message));
    }

    QuiverException semantic(Position p, String message) {
        return new QuiverException(Status.STATEMENT_SEMANTIC_ERROR, SyntaxErrors.format(query, p, message));
    }
}
