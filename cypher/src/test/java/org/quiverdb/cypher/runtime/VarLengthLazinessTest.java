package org.quiverdb.cypher.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quiverdb.cypher.api.CypherEngine;
import org.quiverdb.cypher.api.CypherEngines;
import org.quiverdb.cypher.api.QueryExecution;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.EmbeddedDatabases;
import org.quiverdb.kernel.api.GraphDatabase;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.RelationshipCursor;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.values.value.MapValue;

/** Variable-length expansion streams: a LIMIT over it reads only the relationships it needs. */
class VarLengthLazinessTest {
    private static final int CHAIN = 5_000;

    /** A transaction whose relationship cursors count every relationship they step onto. */
    private static KernelTransaction counting(KernelTransaction tx, AtomicLong steps) {
        return (KernelTransaction) Proxy.newProxyInstance(
                VarLengthLazinessTest.class.getClassLoader(),
                new Class<?>[] {KernelTransaction.class},
                (p, m, args) -> {
                    Object result;
                    try {
                        result = m.invoke(tx, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result instanceof RelationshipCursor c) {
                        return (RelationshipCursor) Proxy.newProxyInstance(
                                VarLengthLazinessTest.class.getClassLoader(),
                                new Class<?>[] {RelationshipCursor.class},
                                (p2, m2, a2) -> {
                                    Object r = m2.invoke(c, a2);
                                    if (m2.getName().equals("next") && Boolean.TRUE.equals(r)) {
                                        steps.incrementAndGet();
                                    }
                                    return r;
                                });
                    }
                    return result;
                });
    }

    /** Runs {@code query} over a chain (:Start)->()->...-> of CHAIN hops; relationship steps read. */
    private static long stepsFor(String query) {
        try (Databases dbs = EmbeddedDatabases.inMemory(KernelSettings.defaults())) {
            GraphDatabase db = dbs.database(dbs.defaultDatabaseName());
            try (KernelTransaction tx = db.begin(TransactionConfig.DEFAULT)) {
                int start = tx.labelTokenOrCreate("Start");
                int type = tx.relationshipTypeTokenOrCreate("NEXT");
                long previous = tx.createNode(new int[] {start});
                for (int i = 0; i < CHAIN; i++) {
                    long node = tx.createNode(new int[0]);
                    tx.createRelationship(previous, type, node);
                    previous = node;
                }
                tx.commit();
            }
            CypherEngine engine = CypherEngines.create(Clock.systemUTC(), new Random(1));
            AtomicLong steps = new AtomicLong();
            try (KernelTransaction tx = db.begin(TransactionConfig.DEFAULT)) {
                QueryExecution ex = engine.execute(counting(tx, steps), query, MapValue.EMPTY);
                long rows = 0;
                while (ex.next() != null && rows < CHAIN * 2L) {
                    rows++;
                }
                ex.close();
            }
            return steps.get();
        }
    }

    @Test
    void limitOverUnboundedVariableLengthStopsAfterTheFirstPaths() {
        assertThat(stepsFor("MATCH (:Start)-[*]->(b) RETURN b LIMIT 3")).isEqualTo(3);
    }

    @Test
    void fullVariableLengthWalkReadsTheWholeChain() {
        assertThat(stepsFor("MATCH (:Start)-[*]->(b) RETURN count(b)")).isEqualTo(CHAIN);
    }
}
