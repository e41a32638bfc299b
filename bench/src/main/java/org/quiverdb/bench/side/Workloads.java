package org.quiverdb.bench.side;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.quiverdb.bench.side.Workload.Kind;

/**
 * The workloads of issue 10 that both engines are asked to run, in report order. Point lookups
 * by property scan every person on both engines: Quiver has no indexes yet, so Neo4j gets the same
 * (empty) schema. Traversals start from a person addressed by internal id ({@code id(p) = $nid}):
 * Neo4j seeks it, Quiver (no seek by id yet) scans for it, a gap these figures show. Stateless.
 */
final class Workloads {
    private Workloads() {}

    static List<Workload> all(Profile profile) {
        List<Workload> all = new ArrayList<>();
        all.add(read("return_1", "RETURN 1 round trip", (r, ids, s) -> Query.of("RETURN 1 AS n")));
        all.add(read(
                "point_lookup",
                "MATCH (:Person {id: $id}) by property, no index (label scan)",
                (r, ids, s) -> new Query(
                        "MATCH (p:Person {id: $id}) RETURN p.name AS name", Map.of("id", r.nextInt(ids.length)))));
        all.add(read(
                "one_hop",
                "friends of one person (by internal id)",
                (r, ids, s) -> new Query(
                        "MATCH (p:Person)-[:KNOWS]->(f) WHERE id(p) = $nid RETURN f.name AS name", person(r, ids))));
        all.add(read(
                "two_hop_count_distinct",
                "count(DISTINCT) friends of friends",
                (r, ids, s) -> new Query(
                        "MATCH (p:Person)-[:KNOWS]->()-[:KNOWS]->(fof) WHERE id(p) = $nid RETURN count(DISTINCT fof) AS c",
                        person(r, ids))));
        all.add(read(
                "var_length_1_3",
                "-[:KNOWS*1..3]-> reach count",
                (r, ids, s) -> new Query(
                        "MATCH (p:Person)-[:KNOWS*1..3]->(x) WHERE id(p) = $nid RETURN count(x) AS c",
                        person(r, ids))));
        all.add(read(
                "shortest_path",
                "shortestPath between two people, up to 6 hops",
                (r, ids, s) -> new Query(
                        "MATCH (a:Person), (b:Person) WHERE id(a) = $a AND id(b) = $b"
                                + " MATCH p = shortestPath((a)-[:KNOWS*..6]-(b)) RETURN length(p) AS l",
                        Map.of("a", pick(r, ids), "b", pick(r, ids)))));
        all.add(read(
                "grouped_aggregation",
                "age groups, count, ORDER BY count DESC LIMIT 10",
                (r, ids, s) ->
                        Query.of("MATCH (p:Person) RETURN p.age AS age, count(*) AS c ORDER BY c DESC, age LIMIT 10")));
        all.add(write(
                "create_node",
                "single-node CREATE, one durable auto-commit transaction each",
                (r, ids, s) -> new Query("CREATE (:Item {seq: $seq})", Map.of("seq", s))));
        all.add(write(
                "merge_relationship",
                "MERGE upsert of a relationship between two people",
                (r, ids, s) -> new Query(
                        "MATCH (a:Person), (b:Person) WHERE id(a) = $a AND id(b) = $b"
                                + " MERGE (a)-[l:LIKES]->(b) ON CREATE SET l.n = 1 ON MATCH SET l.n = l.n + 1",
                        Map.of("a", pick(r, ids), "b", pick(r, Math.min(ids.length, 100), ids)))));
        int batch = profile.batchRows();
        all.add(write(
                "unwind_batch_" + batch,
                "UNWIND of " + batch + " CREATEs in one transaction",
                (r, ids, s) -> new Query(
                        "UNWIND range(1, $n) AS i CREATE (:Batch {seq: $seq, i: i})", Map.of("n", batch, "seq", s))));
        all.add(new Workload(
                "concurrent_16_point_lookups",
                Kind.READ,
                "16 sessions at once, each MATCH (:Person {id: $id}) (no index)",
                16,
                (r, ids, s) -> new Query(
                        "MATCH (p:Person {id: $id}) RETURN p.name AS name", Map.of("id", r.nextInt(ids.length)))));
        int rows = profile.streamRows();
        all.add(read(
                "streaming_read_" + rows,
                "stream " + rows + " relationship rows to the client",
                (r, ids, s) -> new Query(
                        "MATCH (a:Person)-[k:KNOWS]->(b) RETURN a.id AS a, k.since AS since, b.id AS b LIMIT $n",
                        Map.of("n", rows))));
        return all;
    }

    private static Workload read(String name, String description, Workload.QuerySource source) {
        return new Workload(name, Kind.READ, description, 1, source);
    }

    private static Workload write(String name, String description, Workload.QuerySource source) {
        return new Workload(name, Kind.WRITE, description, 1, source);
    }

    private static Map<String, Object> person(Random random, long[] ids) {
        return Map.of("nid", pick(random, ids));
    }

    private static long pick(Random random, long[] ids) {
        return ids[random.nextInt(ids.length)];
    }

    /** One of the first {@code among} people, so MERGE also finds relationships it created. */
    private static long pick(Random random, int among, long[] ids) {
        return ids[random.nextInt(among)];
    }
}
