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
import org.quiverdb.kernel.api.LongIterator;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.values.value.MapValue;

/** Rows are produced on demand: a LIMIT over a large scan reads only what it returns. */
class LazinessTest {
    private static final int NODES = 20_000;

    /** A transaction whose node scans count how many ids they hand out. */
    private static KernelTransaction counting(KernelTransaction tx, AtomicLong reads) {
        return (KernelTransaction) Proxy.newProxyInstance(
                LazinessTest.class.getClassLoader(), new Class<?>[] {KernelTransaction.class}, (p, m, args) -> {
                    Object result;
                    try {
                        result = m.invoke(tx, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result instanceof LongIterator it) {
                        return new LongIterator() {
                            @Override
                            public boolean hasNext() {
                                return it.hasNext();
                            }

                            @Override
                            public long next() {
                                reads.incrementAndGet();
                                return it.next();
                            }
                        };
                    }
                    return result;
                });
    }

    private static long readsFor(String query, long pull) {
        try (Databases dbs = EmbeddedDatabases.inMemory(KernelSettings.defaults())) {
            GraphDatabase db = dbs.database(dbs.defaultDatabaseName());
            try (KernelTransaction tx = db.begin(TransactionConfig.DEFAULT)) {
                int label = tx.labelTokenOrCreate("N");
                for (int i = 0; i < NODES; i++) {
                    tx.createNode(new int[] {label});
                }
                tx.commit();
            }
            CypherEngine engine = CypherEngines.create(Clock.systemUTC(), new Random(1));
            AtomicLong reads = new AtomicLong();
            try (KernelTransaction tx = db.begin(TransactionConfig.DEFAULT)) {
                QueryExecution ex = engine.execute(counting(tx, reads), query, MapValue.EMPTY);
                for (long i = 0; i < pull && ex.next() != null; i++) {
                    // pull only what the consumer asks for
                }
                ex.close();
            }
            return reads.get();
        }
    }

    @Test
    void limitOneOverAllNodesTouchesOneNode() {
        assertThat(readsFor("MATCH (n) RETURN n LIMIT 1", Long.MAX_VALUE)).isEqualTo(1);
    }

    @Test
    void consumerThatStopsPullingStopsTheScan() {
        assertThat(readsFor("MATCH (n:N) WHERE n.missing IS NULL RETURN n", 10)).isEqualTo(10);
    }

    @Test
    void aggregationReadsEverything() {
        assertThat(readsFor("MATCH (n:N) RETURN count(n)", Long.MAX_VALUE)).isEqualTo(NODES);
    }
}
