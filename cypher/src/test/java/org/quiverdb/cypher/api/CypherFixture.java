package org.quiverdb.cypher.api;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.EmbeddedDatabases;
import org.quiverdb.kernel.api.GraphDatabase;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.Value;

/** An in-memory database and an engine; runs each query in its own committed transaction. */
final class CypherFixture implements AutoCloseable {
    final Databases databases = EmbeddedDatabases.inMemory(KernelSettings.defaults());
    final GraphDatabase db = databases.database(databases.defaultDatabaseName());
    final CypherEngine engine =
            CypherEngines.create(Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.UTC), new Random(42));
    QueryStatistics lastStatistics;

    List<List<Value>> run(String query) {
        return run(query, Map.of());
    }

    List<List<Value>> run(String query, Map<String, Value> params) {
        try (KernelTransaction tx = db.begin(TransactionConfig.DEFAULT)) {
            QueryExecution ex = engine.execute(tx, query, new MapValue(params));
            List<List<Value>> rows = new ArrayList<>();
            for (Value[] row = ex.next(); row != null; row = ex.next()) {
                rows.add(List.of(row));
            }
            lastStatistics = ex.statistics();
            tx.commit();
            return rows;
        }
    }

    @Override
    public void close() {
        databases.close();
    }
}
