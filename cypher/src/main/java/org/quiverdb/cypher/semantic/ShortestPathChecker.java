package org.quiverdb.cypher.semantic;

import org.quiverdb.cypher.ast.PatternPart;
import org.quiverdb.cypher.ast.RelationshipPattern;

/**
 * The shape rules Neo4j 5 enforces on {@code shortestPath(...)} and {@code allShortestPaths(...)}
 * at compile time: exactly one relationship, and a minimal length of 0 or 1. Both are reported as
 * SyntaxError at the pattern, with Neo4j's wording. Stateless.
 */
final class ShortestPathChecker {
    private ShortestPathChecker() {}

    static void check(PatternPart part, SemanticErrors errors) {
        if (part.shortest() == 0) {
            return;
        }
        String name = part.shortest() == 1 ? "shortestPath(...)" : "allShortestPaths(...)";
        if (part.relationships().size() != 1) {
            throw errors.at(part.position(), name + " requires a pattern containing a single relationship");
        }
        RelationshipPattern.Range range = part.relationships().get(0).length();
        if (range != null && range.min() != null && range.min() > 1) {
            throw errors.at(
                    part.position(),
                    name + " does not support a minimal length different from 0 or 1 (was " + range.min() + ")");
        }
    }
}
