package org.quiverdb.cypher.semantic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quiverdb.cypher.ast.NodePattern;
import org.quiverdb.cypher.ast.PatternPart;
import org.quiverdb.cypher.ast.RelationshipPattern;

/**
 * The check that a variable-length relationship variable (a list of relationships) is not also
 * used as a node anywhere in the same MATCH pattern ({@code ()-[r*]-(), (r)}), which Neo4j rejects
 * as a type conflict. Anonymous variables (leading space) are ignored. Stateless.
 */
final class RelationshipListVariables {
    private RelationshipListVariables() {}

    static void check(List<PatternPart> parts, SemanticErrors errors) {
        Set<String> lists = new HashSet<>();
        for (PatternPart part : parts) {
            for (RelationshipPattern r : part.relationships()) {
                if (r.length() != null && r.variable() != null && !r.variable().startsWith(" ")) {
                    lists.add(r.variable());
                }
            }
        }
        for (PatternPart part : parts) {
            for (NodePattern n : part.nodes()) {
                if (lists.contains(n.variable())) {
                    throw errors.at(
                            n.position(),
                            "Type mismatch: " + n.variable()
                                    + " defined with conflicting type List<Relationship> (expected Node)");
                }
            }
        }
    }
}
