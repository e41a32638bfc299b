package org.quiverdb.bench.side;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * The generated graph both engines get: {@code nodes} {@code :Person {id, name, age}} and {@code
 * relationships} {@code :KNOWS {since}} whose endpoints are drawn from a seeded random with a skew
 * (a quarter of the relationships start at the first 1% of people, as popular accounts do). The
 * same seed gives the same graph; the internal ids each engine assigns are kept per engine so
 * later queries can address the same person on both. Immutable after construction.
 */
final class Dataset {
    private static final int BATCH = 10_000;
    /** Relationships per transaction: each batch scans and sorts every person once. */
    private static final int REL_BATCH = 50_000;

    private final int nodes;
    private final int[] from;
    private final int[] to;
    private final int[] since;

    Dataset(int nodes, int relationships, long seed) {
        this.nodes = nodes;
        this.from = new int[relationships];
        this.to = new int[relationships];
        this.since = new int[relationships];
        Random random = new Random(seed);
        int popular = Math.max(1, nodes / 100);
        for (int i = 0; i < relationships; i++) {
            from[i] = random.nextInt(4) == 0 ? random.nextInt(popular) : random.nextInt(nodes);
            to[i] = random.nextInt(nodes);
            since[i] = 1990 + random.nextInt(35);
        }
    }

    int nodes() {
        return nodes;
    }

    int relationships() {
        return from.length;
    }

    /**
     * Loads the graph through {@code driver} in transactions of up to 10k rows; returns the
     * engine's internal id of each person, indexed by the person's {@code id}.
     */
    long[] load(Driver driver) {
        long[] ids = new long[nodes];
        try (Session session = driver.session()) {
            for (int start = 0; start < nodes; start += BATCH) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = start; i < Math.min(nodes, start + BATCH); i++) {
                    rows.add(Map.of("id", i, "name", "person-" + i, "age", 18 + i % 70));
                }
                List<Record> created = session.executeWrite(tx -> tx.run(
                                "UNWIND $rows AS row CREATE (p:Person {id: row.id, name: row.name, age: row.age})"
                                        + " RETURN row.id AS id, id(p) AS nid",
                                Map.of("rows", rows))
                        .list());
                for (Record record : created) {
                    ids[record.get("id").asInt()] = record.get("nid").asLong();
                }
            }
            for (int start = 0; start < from.length; start += REL_BATCH) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = start; i < Math.min(from.length, start + REL_BATCH); i++) {
                    rows.add(Map.of("a", from[i], "b", to[i], "since", since[i]));
                }
                // One label scan per batch, then list indexing: neither engine has an index, and
                // Quiver has no seek by internal id yet, so a per-row MATCH would scan per row.
                session.executeWrite(tx -> tx.run(
                                "MATCH (p:Person) WITH p ORDER BY p.id WITH collect(p) AS people"
                                        + " UNWIND $rows AS row WITH people[row.a] AS a, people[row.b] AS b, row"
                                        + " CREATE (a)-[:KNOWS {since: row.since}]->(b)",
                                Map.of("rows", rows))
                        .consume());
            }
        }
        return ids;
    }
}
