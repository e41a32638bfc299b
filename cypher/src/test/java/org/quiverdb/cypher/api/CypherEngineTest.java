package org.quiverdb.cypher.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

class CypherEngineTest {
    private final CypherFixture f = new CypherFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private static Value i(long v) {
        return IntegerValue.of(v);
    }

    private static Value s(String v) {
        return StringValue.of(v);
    }

    @Test
    void returnsLiteralsExpressionsAndParameters() {
        assertThat(f.run("RETURN 1 + 2 * 3 AS x, 'a' + 'b', $p", Map.of("p", s("param"))))
                .containsExactly(List.of(i(7), s("ab"), s("param")));
    }

    @Test
    void createThenMatchWithWhereAndRelationship() {
        f.run("CREATE (a:Person {name: 'Ann', age: 30})-[:KNOWS {since: 2020}]->(b:Person {name: 'Bob', age: 25})");
        assertThat(f.lastStatistics.nodesCreated()).isEqualTo(2);
        assertThat(f.lastStatistics.relationshipsCreated()).isEqualTo(1);
        assertThat(f.lastStatistics.propertiesSet()).isEqualTo(5);
        assertThat(f.lastStatistics.labelsAdded()).isEqualTo(2);
        List<List<Value>> rows =
                f.run("MATCH (a:Person {name: 'Ann'})-[r:KNOWS]->(b) WHERE b.age < 30 RETURN b.name, r.since");
        assertThat(rows).containsExactly(List.of(s("Bob"), i(2020)));
    }

    @Test
    void returnedNodesCarryLabelsAndProperties() {
        f.run("CREATE (:A:B {x: 1})");
        NodeValue n = (NodeValue) f.run("MATCH (n) RETURN n").get(0).get(0);
        assertThat(n.labels()).containsExactlyInAnyOrder("A", "B");
        assertThat(n.properties().get("x")).isEqualTo(i(1));
        assertThat(n.elementId()).isNotEmpty();
    }

    @Test
    void aggregatesGroupAndOrder() {
        f.run("UNWIND range(1, 10) AS i CREATE (:N {v: i, g: i % 2})");
        assertThat(f.run("MATCH (n:N) RETURN n.g AS g, count(*) AS c, sum(n.v) AS s, collect(n.v)[0] AS first"
                        + " ORDER BY g DESC"))
                .containsExactly(List.of(i(1), i(5), i(25), i(1)), List.of(i(0), i(5), i(30), i(2)));
        assertThat(f.run("MATCH (n:N) RETURN min(n.v), max(n.v), avg(n.v)")
                        .get(0)
                        .get(2))
                .isEqualTo(org.quiverdb.values.value.FloatValue.of(5.5));
    }

    @Test
    void withOrderBySkipLimit() {
        assertThat(f.run("UNWIND [5, 3, 9, 1] AS x WITH x ORDER BY x SKIP 1 LIMIT 2 RETURN collect(x)"))
                .containsExactly(List.of(ListValue.of(i(3), i(5))));
    }

    @Test
    void setRemoveAndDelete() {
        f.run("CREATE (:P {a: 1})");
        f.run("MATCH (n:P) SET n.b = 2, n:Q REMOVE n.a");
        assertThat(f.run("MATCH (n:Q) RETURN n.a, n.b")).containsExactly(List.of(NullValue.NULL, i(2)));
        f.run("MATCH (n) DETACH DELETE n");
        assertThat(f.lastStatistics.nodesDeleted()).isEqualTo(1);
        assertThat(f.run("MATCH (n) RETURN count(n)")).containsExactly(List.of(i(0)));
    }

    @Test
    void mergeCreatesOnceAndMatchesAfter() {
        f.run("UNWIND [1, 1, 2] AS x MERGE (n:M {v: x}) ON CREATE SET n.created = true ON MATCH SET n.matched = true");
        assertThat(f.run("MATCH (n:M) RETURN n.v, n.created, n.matched ORDER BY n.v"))
                .containsExactly(
                        List.of(
                                i(1),
                                org.quiverdb.values.value.BooleanValue.TRUE,
                                org.quiverdb.values.value.BooleanValue.TRUE),
                        List.of(i(2), org.quiverdb.values.value.BooleanValue.TRUE, NullValue.NULL));
    }

    @Test
    void optionalMatchYieldsNulls() {
        f.run("CREATE (:A {n: 1})");
        assertThat(f.run("MATCH (a:A) OPTIONAL MATCH (a)-->(b) RETURN a.n, b"))
                .containsExactly(List.of(i(1), NullValue.NULL));
    }

    @Test
    void integerOverflowIsArithmeticError() {
        assertThatThrownBy(() -> f.run("RETURN 9223372036854775807 + 1"))
                .isInstanceOf(QuiverException.class)
                .extracting(e -> ((QuiverException) e).status())
                .isEqualTo(Status.STATEMENT_ARITHMETIC_ERROR);
    }

    @Test
    void undefinedVariableIsSyntaxErrorWithPosition() {
        assertThatThrownBy(() -> f.run("MATCH (n) RETURN m"))
                .isInstanceOf(QuiverException.class)
                .hasMessageContaining("Variable `m` not defined (line 1, column 18 (offset: 17))")
                .extracting(e -> ((QuiverException) e).status())
                .isEqualTo(Status.STATEMENT_SYNTAX_ERROR);
    }

    @Test
    void queryTypeReflectsWrites() {
        try (var tx = f.db.begin(org.quiverdb.kernel.api.TransactionConfig.DEFAULT)) {
            assertThat(f.engine
                            .execute(tx, "RETURN 1", org.quiverdb.values.value.MapValue.EMPTY)
                            .queryType())
                    .isEqualTo(QueryType.READ_ONLY);
            assertThat(f.engine
                            .execute(tx, "CREATE ()", org.quiverdb.values.value.MapValue.EMPTY)
                            .queryType())
                    .isEqualTo(QueryType.WRITE);
            assertThat(f.engine
                            .execute(tx, "CREATE (n) RETURN n", org.quiverdb.values.value.MapValue.EMPTY)
                            .queryType())
                    .isEqualTo(QueryType.READ_WRITE);
        }
    }

    @Test
    void explainPlansButWritesNothing() {
        assertThat(f.run("EXPLAIN CREATE (n:X) RETURN n")).isEmpty();
        assertThat(f.run("MATCH (n) RETURN count(n)")).containsExactly(List.of(i(0)));
    }

    @Test
    void runtimeErrorSurfacesFromNextWithItsStatus() {
        try (var tx = f.db.begin(org.quiverdb.kernel.api.TransactionConfig.DEFAULT)) {
            QueryExecution ex =
                    f.engine.execute(tx, "UNWIND [1, 0] AS x RETURN 1 / x", org.quiverdb.values.value.MapValue.EMPTY);
            assertThat(ex.next()).containsExactly(i(1));
            assertThatThrownBy(ex::next)
                    .isInstanceOf(QuiverException.class)
                    .extracting(e -> ((QuiverException) e).status())
                    .isEqualTo(Status.STATEMENT_ARITHMETIC_ERROR);
        }
    }

    @Test
    void longScriptsOfClausesPlanAndRun() {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            q.append("CREATE (:S {i: ").append(i).append("})\n");
        }
        f.run(q.toString());
        assertThat(f.run("MATCH (n:S) RETURN count(n)")).containsExactly(List.of(i(300)));
    }
}
