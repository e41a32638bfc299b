package org.quiverdb.cypher.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.StringValue;

/** EXPLAIN describes the plan without running it; PROFILE runs it and counts rows and db hits. */
class PlanDescriptionTest {
    private final CypherFixture f = new CypherFixture();

    @BeforeEach
    void graph() {
        f.run("UNWIND range(1, 10) AS i CREATE (:P {i: i})-[:KNOWS]->(:Q {i: i})");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private record Outcome(int rows, PlanDescription plan) {}

    private Outcome run(String query) {
        try (KernelTransaction tx = f.db.begin(TransactionConfig.DEFAULT)) {
            QueryExecution ex = f.engine.execute(tx, query, MapValue.EMPTY);
            int rows = 0;
            while (ex.next() != null) {
                rows++;
            }
            PlanDescription plan = ex.plan().orElse(null);
            tx.commit();
            return new Outcome(rows, plan);
        }
    }

    private static List<PlanDescription> flatten(PlanDescription p) {
        List<PlanDescription> out = new ArrayList<>();
        out.add(p);
        for (PlanDescription c : p.children()) {
            out.addAll(flatten(c));
        }
        return out;
    }

    private static PlanDescription find(PlanDescription root, String type) {
        return flatten(root).stream()
                .filter(p -> p.operatorType().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + root));
    }

    @Test
    void ordinaryQueriesHaveNoPlan() {
        assertThat(run("MATCH (n) RETURN n").plan()).isNull();
    }

    @Test
    void explainDescribesOperatorsWithoutRunningAnything() {
        Outcome o = run("EXPLAIN MATCH (p:P)-[r:KNOWS]->(q) WHERE q.i > 5 RETURN p.i AS x ORDER BY x LIMIT 3");
        assertThat(o.rows()).isZero();
        PlanDescription root = o.plan();
        assertThat(root.operatorType()).isEqualTo("ProduceResults");
        assertThat(root.arguments()).containsKeys("planner", "runtime", "version", "EstimatedRows");
        assertThat(root.profile()).isNull();
        PlanDescription scan = find(root, "NodeByLabelScan");
        assertThat(scan.arguments().get("EstimatedRows")).isEqualTo(FloatValue.of(10));
        assertThat(scan.arguments().get("Details")).isEqualTo(StringValue.of("p:P"));
        assertThat(scan.identifiers()).containsExactly("p");
        PlanDescription expand = find(root, "Expand(All)");
        assertThat(expand.arguments().get("Details")).isEqualTo(StringValue.of("(p)-[r:KNOWS]->(q)"));
        assertThat(expand.identifiers()).contains("p", "r", "q");
        assertThat(find(root, "Limit").arguments().get("Details")).isEqualTo(StringValue.of("3"));
        assertThat(find(root, "Filter").arguments().get("Details")).isEqualTo(StringValue.of("q.i > 5"));
    }

    @Test
    void profileRunsTheQueryAndCountsRowsAndDbHitsPerOperator() {
        Outcome o = run("PROFILE MATCH (p:P)-[:KNOWS]->(q) WHERE q.i > 5 RETURN p.i AS x");
        assertThat(o.rows()).isEqualTo(5);
        PlanDescription root = o.plan();
        assertThat(root.profile().rows()).isEqualTo(5);
        PlanDescription scan = find(root, "NodeByLabelScan");
        assertThat(scan.profile().rows()).isEqualTo(10);
        assertThat(scan.profile().dbHits()).isEqualTo(10);
        PlanDescription expand = find(root, "Expand(All)");
        assertThat(expand.profile().rows()).isEqualTo(10);
        assertThat(expand.profile().dbHits()).isEqualTo(10);
        PlanDescription filter = find(root, "Filter");
        assertThat(filter.profile().rows()).isEqualTo(5);
        assertThat(filter.profile().dbHits()).isEqualTo(10);
        assertThat(expand.identifiers()).contains("anon_0");
    }

    @Test
    void profileOfShortestPathAndVariableLengthNamesTheirOperators() {
        PlanDescription root = run("PROFILE MATCH (a:P {i: 1}), (b:Q {i: 1}) MATCH p = shortestPath((a)-[*]->(b))"
                        + " MATCH (a)-[*1..2]->(c) RETURN p, c")
                .plan();
        assertThat(find(root, "ShortestPath").profile().rows()).isEqualTo(1);
        assertThat(find(root, "VarLengthExpand(All)").profile().rows()).isEqualTo(1);
    }

    @Test
    void planStartsWhereTheCountsStoreSaysFewRelationshipsLeave() {
        // 10 :P with a KNOWS each (graph()), plus 2 :P hubs with 50 LIKES each but only one reaching :R;
        // :R has 20 nodes, more than :P's 12, yet starting at :R reads 1 LIKES instead of 100
        f.run("UNWIND range(1, 2) AS h CREATE (p:P) WITH p UNWIND range(1, 50) AS i CREATE (p)-[:LIKES]->()");
        f.run("UNWIND range(1, 20) AS i CREATE (:R {i: i})");
        f.run("MATCH (p:P)-[:LIKES]->() WITH p LIMIT 1 MATCH (r:R {i: 1}) CREATE (p)-[:LIKES]->(r)");
        PlanDescription root =
                run("EXPLAIN MATCH (p:P)-[:LIKES]->(r:R) RETURN p").plan();
        assertThat(find(root, "NodeByLabelScan").arguments().get("Details")).isEqualTo(StringValue.of("r:R"));
        assertThat(find(root, "Expand(All)").arguments().get("Details"))
                .isEqualTo(StringValue.of("(r)<-[anon_0:LIKES]-(p)"));
        assertThat(run("MATCH (p:P)-[:LIKES]->(r:R) RETURN p").rows()).isEqualTo(1);
    }
}
