package org.quiverdb.bench.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.quiverdb.bench.SuppressForbidden;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.EmbeddedDatabases;
import org.quiverdb.kernel.api.GraphDatabase;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.StringValue;

/**
 * Storage figures for the issue note: bytes per node and relationship, bulk creation rate, durable
 * commits per second with 1 and 8 writers, recovery time, and heap after churn. Run with
 * {@code java -Xmx6g -cp <classpath> org.quiverdb.bench.storage.StorageBench <nodes> <rels>}.
 */
@SuppressForbidden
public final class StorageBench {
    private StorageBench() {}

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rels = args.length > 1 ? Integer.parseInt(args[1]) : 10_000_000;
        Path data = Files.createTempDirectory("quiver-bench");
        try {
            footprintAndBulk(nodes, rels);
            commits(data.resolve("commits"), 1, 2_000);
            commits(data.resolve("commits8"), 8, 1_000);
            recovery(data.resolve("recovery"), 1_000_000);
            churn(Math.min(rels, 10_000_000));
        } finally {
            deleteTree(data);
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void footprintAndBulk(int nodeCount, int relCount) {
        try (Databases databases = EmbeddedDatabases.inMemory(KernelSettings.defaults())) {
            GraphDatabase db = databases.database("neo4j");
            long before = usedHeap();
            long start = System.nanoTime();
            long[] ids = createNodes(db, nodeCount);
            long afterNodes = usedHeap();
            createRelationships(db, ids, relCount);
            double seconds = (System.nanoTime() - start) / 1e9;
            long afterRels = usedHeap();
            System.out.printf(
                    "footprint: %d nodes (1 label, 2 small properties): %.1f bytes/node; %d relationships: %.1f bytes/relationship%n",
                    nodeCount,
                    (afterNodes - before) / (double) nodeCount,
                    relCount,
                    (afterRels - afterNodes) / (double) relCount);
            System.out.printf(
                    "bulk creation: %.0f entities/s (100k per transaction, in memory)%n",
                    (nodeCount + relCount) / seconds);
        }
    }

    private static long[] createNodes(GraphDatabase db, int count) {
        long[] ids = new long[count];
        int batch = 100_000;
        for (int from = 0; from < count; from += batch) {
            try (KernelTransaction tx = db.begin(TransactionConfig.DEFAULT)) {
                int label = tx.labelTokenOrCreate("Person");
                int name = tx.propertyKeyTokenOrCreate("name");
                int age = tx.propertyKeyTokenOrCreate("age");
                for (int i = from; i < Math.min(count, from + batch); i++) {
                    long node = tx.createNode(new int[] {label});
                    tx.setNodeProperty(node, name, StringValue.of("p" + (i % 100_000)));
                    tx.setNodeProperty(node, age, IntegerValue.of(i % 90));
                    ids[i] = node;
                }
                tx.commit();
            }
        }
        return ids;
    }

    private static void createRelationships(GraphDatabase db, long[] nodes, int count) {
        Random random = new Random(42);
        int batch = 100_000;
        for (int from = 0; from < count; from += batch) {
            try (KernelTransaction tx = db.begin(TransactionConfig.DEFAULT)) {
                int type = tx.relationshipTypeTokenOrCreate("KNOWS");
                for (int i = from; i < Math.min(count, from + batch); i++) {
                    tx.createRelationship(
                            nodes[random.nextInt(nodes.length)], type, nodes[random.nextInt(nodes.length)]);
                }
                tx.commit();
            }
        }
    }

    private static void commits(Path dir, int writers, int perWriter) throws Exception {
        try (Databases databases = EmbeddedDatabases.open(dir, KernelSettings.defaults())) {
            GraphDatabase db = databases.database("neo4j");
            AtomicLong done = new AtomicLong();
            List<Thread> threads = new ArrayList<>();
            long start = System.nanoTime();
            for (int w = 0; w < writers; w++) {
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        try (KernelTransaction tx = db.begin(TransactionConfig.DEFAULT)) {
                            long node = tx.createNode(new int[0]);
                            tx.setNodeProperty(node, tx.propertyKeyTokenOrCreate("v"), IntegerValue.of(i));
                            tx.commit();
                            done.incrementAndGet();
                        }
                    }
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "durable commits, %d writer(s): %.0f commits/s (fsync every commit, group commit)%n",
                    writers, done.get() / seconds);
        }
    }

    private static void recovery(Path dir, int entries) throws Exception {
        KernelSettings settings = KernelSettings.defaults()
                .withFsyncPolicy(org.quiverdb.kernel.api.FsyncPolicy.NEVER)
                .withCheckpoints(java.time.Duration.ofDays(1), Long.MAX_VALUE);
        Databases databases = EmbeddedDatabases.open(dir, settings);
        GraphDatabase db = databases.database("neo4j");
        for (int i = 0; i < entries; i++) {
            try (KernelTransaction tx = db.begin(TransactionConfig.DEFAULT)) {
                tx.createNode(new int[0]);
                tx.commit();
            }
        }
        // Copy the directory before close so the copy has no shutdown checkpoint: recovery must replay.
        Path copy = dir.resolveSibling("recovery-copy");
        copyTree(dir, copy);
        databases.close();
        long start = System.nanoTime();
        try (Databases recovered = EmbeddedDatabases.open(copy, settings)) {
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "recovery: %.2f s to replay %d log entries (%.2f s per million)%n",
                    seconds, entries, seconds * 1_000_000 / entries);
            recovered.database("neo4j");
        }
    }

    private static void churn(int rels) {
        try (Databases databases = EmbeddedDatabases.inMemory(KernelSettings.defaults())) {
            GraphDatabase db = databases.database("neo4j");
            long[] nodes = createNodes(db, 100_000);
            long before = usedHeap();
            int batch = 100_000;
            for (int done = 0; done < rels; done += batch) {
                List<Long> created = new ArrayList<>();
                try (KernelTransaction tx = db.begin(TransactionConfig.DEFAULT)) {
                    int type = tx.relationshipTypeTokenOrCreate("CHURN");
                    for (int i = 0; i < batch; i++) {
                        created.add(
                                tx.createRelationship(nodes[i % nodes.length], type, nodes[(i * 7) % nodes.length]));
                    }
                    tx.commit();
                }
                try (KernelTransaction tx = db.begin(TransactionConfig.DEFAULT)) {
                    created.forEach(tx::deleteRelationship);
                    tx.commit();
                }
            }
            long after = usedHeap();
            System.out.printf(
                    "churn: created and deleted %d relationships; heap %.1f MB before, %.1f MB after%n",
                    rels, before / 1e6, after / 1e6);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
