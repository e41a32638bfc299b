package org.quiverdb.cypher.runtime;

import java.time.Clock;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quiverdb.cypher.api.CypherEngine;
import org.quiverdb.cypher.api.CypherEngines;
import org.quiverdb.cypher.api.QueryExecution;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.EmbeddedDatabases;
import org.quiverdb.kernel.api.GraphDatabase;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.values.value.MapValue;

/**
 * Rough timings of a few queries through the embedded API (not a benchmark: JMH in bench is the
 * place for those). Not run by default; {@code mvn test -pl cypher -am -Dtest=ThroughputProbe
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ThroughputProbe {
    private static final int NODES = 100_000;
    private static final int RELS_PER_NODE = 10;

    @Test
    void printTimings() {
        try (Databases dbs = EmbeddedDatabases.inMemory(KernelSettings.defaults())) {
            GraphDatabase db = dbs.database(dbs.defaultDatabaseName());
            Random random = new Random(7);
            try (KernelTransaction tx = db.begin(TransactionConfig.DEFAULT)) {
                int label = tx.labelTokenOrCreate("P");
                int key = tx.propertyKeyTokenOrCreate("g");
                int type = tx.relationshipTypeTokenOrCreate("R");
                for (int i = 0; i < NODES; i++) {
                    long n = tx.createNode(new int[] {label});
                    tx.setNodeProperty(n, key, org.quiverdb.values.value.IntegerValue.of(i % 100));
                }
                for (int i = 0; i < NODES; i++) {
                    for (int r = 0; r < RELS_PER_NODE; r++) {
                        tx.createRelationship(i, type, random.nextInt(NODES));
                    }
                }
                tx.commit();
            }
            for (int round = 0; round < 3; round++) {
                long start = System.nanoTime();
                long count = 0;
                try (KernelTransaction tx = db.begin(TransactionConfig.DEFAULT)) {
                    int type = tx.relationshipTypeToken("R");
                    for (var it = tx.nodesWithLabel(tx.labelToken("P")); it.hasNext(); ) {
                        var c = tx.relationships(
                                it.next(), org.quiverdb.kernel.api.Direction.OUTGOING, new int[] {type});
                        while (c.next()) {
                            count++;
                        }
                    }
                }
                System.out.printf(
                        java.util.Locale.ROOT,
                        "%-70s round %d: %8d us, %d rels%n",
                        "kernel API 1-hop loop",
                        round,
                        (System.nanoTime() - start) / 1000,
                        count);
            }
            CypherEngine engine = CypherEngines.create(Clock.systemUTC(), new Random(1));
            String[] queries = {
                "MATCH (n:P) RETURN count(n)",
                "MATCH (n:P)-[:R]->(m) RETURN count(m)",
                "MATCH (n:P)-[:R]->()-[:R]->(m) RETURN count(m)",
                "MATCH (n:P) WHERE n.g = 7 MATCH (n)-[:R*1..3]->(m) RETURN count(m)",
                "MATCH (n:P) RETURN n.g AS g, count(*) AS c ORDER BY g",
                "MATCH (n) RETURN n LIMIT 1",
                "MATCH (:P)-[:R*1..8]->(m) RETURN m LIMIT 100",
                "MATCH (a:P {g: 1}) WITH a LIMIT 1 MATCH (b:P {g: 2}) WITH a, b LIMIT 1"
                        + " MATCH p = shortestPath((a)-[:R*]->(b)) RETURN length(p)",
                "MATCH (a:P {g: 1}) WITH a LIMIT 1 MATCH (b:P {g: 2}) WITH a, b LIMIT 1"
                        + " MATCH p = allShortestPaths((a)-[:R*]-(b)) RETURN length(p)"
            };
            for (String q : queries) {
                for (int round = 0; round < 3; round++) {
                    long start = System.nanoTime();
                    long rows = 0;
                    try (KernelTransaction tx = db.begin(TransactionConfig.DEFAULT)) {
                        QueryExecution ex = engine.execute(tx, q, MapValue.EMPTY);
                        while (ex.next() != null) {
                            rows++;
                        }
                    }
                    long micros = (System.nanoTime() - start) / 1000;
                    System.out.printf(
                            java.util.Locale.ROOT, "%-70s round %d: %8d us, %d rows%n", q, round, micros, rows);
                }
            }
        }
    }
}
