package org.quiverdb.cypher.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.values.value.MapValue;

/** Planning-time notifications carry Neo4j's codes for the common performance cases. */
class NotificationTest {
    private final CypherFixture f = new CypherFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private List<Notification> notifications(String query) {
        try (KernelTransaction tx = f.db.begin(TransactionConfig.DEFAULT)) {
            QueryExecution ex = f.engine.execute(tx, query, MapValue.EMPTY);
            while (ex.next() != null) {
                // drain
            }
            return ex.notifications();
        }
    }

    @Test
    void disconnectedPatternsInOneMatchAreACartesianProduct() {
        List<Notification> n = notifications("MATCH (a), (b) RETURN a, b");
        assertThat(n)
                .extracting(Notification::code)
                .containsExactly("Neo.ClientNotification.Statement.CartesianProduct");
        assertThat(n.get(0).severity()).isEqualTo("INFORMATION");
        assertThat(n.get(0).description()).endsWith("(identifier is: (b))");
        assertThat(n.get(0).line()).isEqualTo(1);
    }

    @Test
    void connectedPatternsAreNoCartesianProduct() {
        assertThat(notifications("MATCH (a)-->(b), (b)-->(c) RETURN a")).isEmpty();
        assertThat(notifications("MATCH (a) RETURN a")).isEmpty();
    }

    @Test
    void unboundedShortestPathIsReported() {
        assertThat(notifications("MATCH (a), (b) MATCH p = shortestPath((a)-[*]->(b)) RETURN p"))
                .extracting(Notification::code)
                .contains("Neo.ClientNotification.Statement.UnboundedVariableLengthPattern");
        assertThat(notifications("MATCH (a)-[*..3]->(b) MATCH p = shortestPath((a)-[*..4]->(b)) RETURN p"))
                .isEmpty();
    }

    @Test
    void unknownLabelsAndTypesInMatchAreWarnedUntilTheyExist() {
        List<Notification> n = notifications("MATCH (a:Missing)-[:NOPE]->(b) RETURN a");
        assertThat(n)
                .extracting(Notification::code)
                .containsExactly(
                        "Neo.ClientNotification.Statement.UnknownLabelWarning",
                        "Neo.ClientNotification.Statement.UnknownRelationshipTypeWarning");
        assertThat(n.get(0).description()).endsWith("(the missing label name is: Missing)");
        assertThat(n.get(0).severity()).isEqualTo("WARNING");
        f.run("CREATE (:Missing)-[:NOPE]->()");
        assertThat(notifications("MATCH (a:Missing)-[:NOPE]->(b) RETURN a")).isEmpty();
    }
}
