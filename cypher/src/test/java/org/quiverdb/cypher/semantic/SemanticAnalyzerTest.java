package org.quiverdb.cypher.semantic;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.quiverdb.cypher.parser.Parser;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;

class SemanticAnalyzerTest {
    private static void check(String q) {
        SemanticAnalyzer.check(q, Parser.parse(q));
    }

    private static void fails(String q, String message) {
        assertThatThrownBy(() -> check(q))
                .isInstanceOf(QuiverException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((QuiverException) e).status())
                .isEqualTo(Status.STATEMENT_SYNTAX_ERROR);
    }

    @Test
    void undefinedVariableIsReportedAtItsPosition() {
        fails("MATCH (a) WITH a RETURN b", "Variable `b` not defined (line 1, column 25 (offset: 24))");
    }

    @Test
    void variablesDroppedByWithAreOutOfScope() {
        fails("MATCH (a), (b) WITH a RETURN b", "Variable `b` not defined");
    }

    @Test
    void aggregationInWhereIsRejected() {
        fails("MATCH (a) WHERE count(a) > 1 RETURN a", "Invalid use of aggregating function count");
    }

    @Test
    void withExpressionsNeedAliases() {
        fails("MATCH (a) WITH a.x RETURN 1", "Expression in WITH must be aliased (use AS)");
    }

    @Test
    void createNeedsOneRelationshipTypeAndDirection() {
        fails("CREATE (a)-[:A|B]->(b)", "Exactly one relationship type must be specified for CREATE");
        fails("CREATE (a)-[:A]-(b)", "Only directed relationships are supported in CREATE");
    }

    @Test
    void nodeVariableCannotBeRelationship() {
        fails("MATCH (a)-[a]->() RETURN a", "Type mismatch");
    }

    @Test
    void literalTypeMismatchIsCaughtBeforeRunning() {
        fails("RETURN 1 AND true", "Type mismatch: expected Boolean but was Integer");
    }

    @Test
    void comprehensionVariablesAreLocal() {
        assertThatCode(() -> check("RETURN [x IN [1, 2] | x * 2] AS l, all(y IN [1] WHERE y > 0) AS a"))
                .doesNotThrowAnyException();
        fails("RETURN [x IN [1, 2] | x] AS l, x", "Variable `x` not defined");
    }

    @Test
    void randomFunctionInsideAnAggregationIsRejected() {
        fails("RETURN count(rand())", "non-deterministic");
    }

    @Test
    void aNodeOnItsOwnIsNoPredicate() {
        fails("MATCH (n) WHERE (n) RETURN n", "Type mismatch: expected Boolean but was Node");
    }

    @Test
    void aRelationshipVariableReusedAsANodeInALaterPartIsRejected() {
        fails("MATCH (x), (a)-[r]-(b), (s), (s)-[]->(r)<-[]-(b) RETURN r", "conflicting type");
    }

    @Test
    void aVariableLengthRelationshipVariableUsedAsANodeIsRejected() {
        fails("MATCH ()-[]-()-[r*]-(), (r), ()-[]-() RETURN r", "conflicting type List<Relationship>");
    }
}
