package org.quiverdb.kernel.tx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.Direction;
import org.quiverdb.kernel.api.EmbeddedDatabases;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.LongIterator;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.kernel.database.LocalDatabases;
import org.quiverdb.storage.api.FileSystem;
import org.quiverdb.storage.api.Storage;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.Value;

/**
 * Random operation sequences over three concurrent transactions (create, set, label, delete,
 * detach delete, relate, commit, rollback, checkpoint, restart) against a map-based model of
 * snapshot isolation with first-committer-wins. Every transaction's view is compared with the
 * model after every step. On failure the seed is printed; {@code -Dquiver.seed=N} replays it.
 */
class SnapshotIsolationModelTest {
    private static final String[] LABELS = {"A", "B"};
    private static final String[] TYPES = {"R", "S"};
    private static final int SLOTS = 3;

    @Property(tries = 40)
    void randomConcurrentTransactionsMatchTheModel(@ForAll long seed) {
        new SnapshotIsolationModelTest().run(seed, 120);
    }

    @Test
    void replaysTheSeedGivenOnTheCommandLine() {
        String seed = System.getProperty("quiver.seed");
        if (seed != null) {
            new SnapshotIsolationModelTest().run(Long.parseLong(seed), 400);
        }
    }

    private static final class Slot {
        KernelTransaction tx;
        long snapshotCommit;
        GraphModel local;
        final List<Consumer<GraphModel>> ops = new ArrayList<>();
        String pending = "";
        final Set<Long> writtenNodes = new HashSet<>();
        /** Nodes whose labels were touched: written only if the net labels differ at commit. */
        final Set<Long> labelledNodes = new HashSet<>();
        /** Existing nodes whose label ops cancel out: the kernel writes nothing for their labels. */
        final Set<Long> labelNoOps = new HashSet<>();

        GraphModel snapshot;
        final Set<Long> writtenRels = new HashSet<>();
        final Set<Long> createdNodes = new HashSet<>();
        final Set<Long> deletedNodes = new HashSet<>();
        final Map<Long, long[]> createdRels = new HashMap<>();
    }

    private final FileSystem fs = Storage.inMemoryFileSystem();
    private Databases databases;
    private GraphModel committed = new GraphModel();
    private final Map<Long, Long> nodeChanged = new HashMap<>();
    private final Map<Long, Long> relChanged = new HashMap<>();
    private long commits;
    private final Slot[] slots = new Slot[SLOTS];
    private final List<String> trace = new ArrayList<>();

    private void run(long seed, int steps) {
        try {
            Random random = new Random(seed);
            open();
            for (int step = 0; step < steps; step++) {
                act(random);
                verifyAll();
            }
            closeAll();
            assertThat(((LocalDatabases) databases).engine("neo4j").checkConsistency())
                    .isEmpty();
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(
                    "model test failed; replay with -Dquiver.seed=" + seed + ": " + e + "\n"
                            + String.join("\n", trace.subList(Math.max(0, trace.size() - 40), trace.size())),
                    e);
        } finally {
            if (databases != null) {
                databases.close();
            }
        }
    }

    private void open() {
        databases = EmbeddedDatabases.open(Path.of("/model"), KernelSettings.defaults(), fs);
    }

    private KernelTransaction begin() {
        return databases.database("neo4j").begin(TransactionConfig.DEFAULT);
    }

    private void act(Random random) {
        int choice = random.nextInt(100);
        Slot slot = slots[random.nextInt(SLOTS)];
        if (choice < 3) {
            closeAll();
            trace.add("restart or checkpoint");
            if (random.nextBoolean()) {
                databases.close();
                open();
            } else {
                ((LocalDatabases) databases).engine("neo4j").checkpoint();
            }
            verifyCommitted();
            return;
        }
        if (slot == null) {
            begin(random);
            return;
        }
        if (choice < 12) {
            commit(slot);
        } else if (choice < 16) {
            slot.tx.rollback();
            remove(slot);
        } else {
            write(slot, random);
        }
    }

    private void begin(Random random) {
        for (int i = 0; i < SLOTS; i++) {
            if (slots[i] == null) {
                Slot slot = new Slot();
                slot.tx = begin();
                slot.snapshotCommit = commits;
                trace.add("begin slot " + slot.hashCode() % 1000 + " at " + commits);
                slot.local = committed.copy();
                slot.snapshot = committed.copy();
                slots[i] = slot;
                return;
            }
        }
        random.nextInt();
    }

    private void remove(Slot slot) {
        for (int i = 0; i < SLOTS; i++) {
            if (slots[i] == slot) {
                slots[i] = null;
            }
        }
    }

    private void closeAll() {
        for (Slot slot : slots) {
            if (slot != null) {
                slot.tx.rollback();
                remove(slot);
            }
        }
    }

    private static long pick(Random random, Set<Long> ids) {
        List<Long> list = new ArrayList<>(ids);
        return list.get(random.nextInt(list.size()));
    }

    private void write(Slot slot, Random random) {
        KernelTransaction tx = slot.tx;
        GraphModel local = slot.local;
        int kind = random.nextInt(9);
        if (local.nodes.isEmpty() || kind == 0) {
            String label = LABELS[random.nextInt(LABELS.length)];
            long node = tx.createNode(new int[] {tx.labelTokenOrCreate(label)});
            slot.createdNodes.add(node);
            slot.pending = "create node " + node;
            Consumer<GraphModel> op = m -> m.nodes
                    .computeIfAbsent(node, k -> new GraphModel.Node())
                    .labels
                    .add(label);
            apply(slot, op);
            return;
        }
        long node = pick(random, local.nodes.keySet());
        switch (kind) {
            case 1, 2 -> {
                long value = random.nextInt(5);
                tx.setNodeProperty(node, tx.propertyKeyTokenOrCreate("p"), IntegerValue.of(value));
                slot.writtenNodes.add(node);
                slot.pending = "set node " + node + " p=" + value;
                apply(slot, m -> m.nodes.get(node).props.put("p", value));
            }
            case 3 -> {
                String label = LABELS[random.nextInt(LABELS.length)];
                if (tx.addLabel(node, tx.labelTokenOrCreate(label))) {
                    slot.labelledNodes.add(node);
                    slot.pending = "add label " + label + " to node " + node;
                    apply(slot, m -> withNode(m, node, n -> n.labels.add(label)));
                }
            }
            case 4 -> {
                String label = LABELS[random.nextInt(LABELS.length)];
                if (tx.removeLabel(node, tx.labelTokenOrCreate(label))) {
                    slot.labelledNodes.add(node);
                    slot.pending = "remove label " + label + " from node " + node;
                    apply(slot, m -> withNode(m, node, n -> n.labels.remove(label)));
                }
            }
            case 5 -> {
                tx.detachDeleteNode(node);
                slot.pending = "detach delete " + node + " rels " + local.relsOf(node);
                for (long rel : local.relsOf(node)) {
                    slot.writtenRels.add(rel);
                }
                slot.writtenNodes.add(node);
                slot.deletedNodes.add(node);
                apply(slot, m -> {
                    m.relsOf(node).forEach(m.rels::remove);
                    m.nodes.remove(node);
                });
            }
            case 6, 7 -> {
                long other = pick(random, local.nodes.keySet());
                String type = TYPES[random.nextInt(TYPES.length)];
                long rel = tx.createRelationship(node, tx.relationshipTypeTokenOrCreate(type), other);
                slot.createdRels.put(rel, new long[] {node, other});
                slot.pending = "create rel " + rel;
                apply(slot, m -> m.rels.put(rel, new GraphModel.Rel(node, other, type)));
            }
            default -> {
                if (local.rels.isEmpty()) {
                    return;
                }
                long rel = pick(random, local.rels.keySet());
                if (random.nextBoolean()) {
                    tx.deleteRelationship(rel);
                    slot.pending = "delete rel " + rel;
                    slot.writtenRels.add(rel);
                    apply(slot, m -> m.rels.remove(rel));
                } else {
                    long value = random.nextInt(5);
                    tx.setRelationshipProperty(rel, tx.propertyKeyTokenOrCreate("w"), IntegerValue.of(value));
                    slot.pending = "set rel " + rel;
                    slot.writtenRels.add(rel);
                    apply(slot, m -> m.rels.get(rel).props.put("w", value));
                }
            }
        }
    }

    /** Label ops that cancel out are no write, so a concurrent commit may have deleted the node. */
    private static void withNode(GraphModel m, long node, Consumer<GraphModel.Node> op) {
        GraphModel.Node n = m.nodes.get(node);
        if (n != null) {
            op.accept(n);
        }
    }

    private void apply(Slot slot, Consumer<GraphModel> op) {
        trace.add("  slot " + slot.hashCode() % 1000 + " " + slot.pending);
        op.accept(slot.local);
        slot.ops.add(op);
    }

    /** Net effect, as the kernel stages it: removing and re-adding a label writes nothing. */
    private static void resolveLabelWrites(Slot slot) {
        for (long node : slot.labelledNodes) {
            GraphModel.Node before = slot.snapshot.nodes.get(node);
            GraphModel.Node after = slot.local.nodes.get(node);
            if (before != null && after != null && !before.labels.equals(after.labels)) {
                slot.writtenNodes.add(node);
            } else if (before != null && after != null) {
                slot.labelNoOps.add(node);
            }
        }
        slot.labelledNodes.clear();
    }

    /** Why the model expects the commit to lose, or null when it should win. */
    private String conflict(Slot slot) {
        resolveLabelWrites(slot);
        for (long node : slot.writtenNodes) {
            if (!slot.createdNodes.contains(node) && nodeChanged.getOrDefault(node, 0L) > slot.snapshotCommit) {
                return "node " + node + " changed concurrently";
            }
        }
        for (long rel : slot.writtenRels) {
            if (!slot.createdRels.containsKey(rel) && relChanged.getOrDefault(rel, 0L) > slot.snapshotCommit) {
                return "relationship " + rel + " changed concurrently";
            }
        }
        for (Map.Entry<Long, long[]> created : slot.createdRels.entrySet()) {
            if (!slot.local.rels.containsKey(created.getKey())) {
                continue;
            }
            for (long node : created.getValue()) {
                if (!slot.createdNodes.contains(node) && !committed.nodes.containsKey(node)) {
                    return "relationship " + created.getKey() + " to node " + node + " deleted concurrently";
                }
            }
        }
        for (long node : slot.deletedNodes) {
            for (long rel : committed.relsOf(node)) {
                if (!slot.writtenRels.contains(rel)) {
                    return "deleted node " + node + " got relationship " + rel + " concurrently";
                }
            }
        }
        return null;
    }

    private void commit(Slot slot) {
        String expectedConflict = conflict(slot);
        trace.add("commit slot " + slot.hashCode() % 1000 + " snapshot " + slot.snapshotCommit + " kernel snapshot "
                + ((GraphTransaction) slot.tx).snapshotTransactionId() + " nodes " + slot.writtenNodes + " rels "
                + slot.writtenRels + " relChanged " + relChanged + " expect " + expectedConflict);
        boolean expectConflict = expectedConflict != null;
        remove(slot);
        try {
            slot.tx.commit();
        } catch (QuiverException e) {
            assertThat(expectConflict)
                    .as("unexpected failure " + e.status() + ": " + e.getMessage())
                    .isTrue();
            assertThat(e.status()).isEqualTo(Status.TRANSIENT_OUTDATED);
            return;
        }
        assertThat(expectConflict)
                .as("commit succeeded but the model expected a write conflict: " + expectedConflict)
                .isFalse();
        commits++;
        // Label ops that cancel out are not writes: keep whatever labels other commits left.
        Map<Long, Set<String>> keptLabels = new HashMap<>();
        for (long node : slot.labelNoOps) {
            if (committed.nodes.containsKey(node)) {
                keptLabels.put(node, new TreeSet<>(committed.nodes.get(node).labels));
            }
        }
        slot.ops.forEach(op -> op.accept(committed));
        keptLabels.forEach((node, labels) -> {
            GraphModel.Node after = committed.nodes.get(node);
            if (after != null) {
                after.labels.clear();
                after.labels.addAll(labels);
            }
        });
        slot.writtenNodes.forEach(n -> nodeChanged.put(n, commits));
        slot.writtenRels.forEach(r -> relChanged.put(r, commits));
    }

    private void verifyAll() {
        for (Slot slot : slots) {
            if (slot != null) {
                assertThat(dump(slot.tx)).isEqualTo(slot.local.dump());
            }
        }
    }

    private void verifyCommitted() {
        try (KernelTransaction tx = begin()) {
            assertThat(dump(tx)).isEqualTo(committed.dump());
        }
    }

    private static List<String> dump(KernelTransaction tx) {
        List<String> out = new ArrayList<>();
        LongIterator nodes = tx.allNodes();
        while (nodes.hasNext()) {
            long node = nodes.next();
            TreeSet<String> labels = new TreeSet<>();
            for (int label : tx.nodeLabels(node)) {
                labels.add(tx.labelName(label));
            }
            out.add("node " + node + " " + labels + " "
                    + props(tx, tx.nodePropertyKeys(node), k -> tx.nodeProperty(node, k)));
            int degree = tx.nodeDegree(node, Direction.BOTH, new int[0]);
            assertThat(degree).isEqualTo(countRels(tx, node));
        }
        LongIterator rels = tx.allRelationships();
        while (rels.hasNext()) {
            long rel = rels.next();
            out.add("rel " + rel + " " + tx.relationshipStartNode(rel) + "-"
                    + tx.relationshipTypeName(tx.relationshipType(rel)) + "->" + tx.relationshipEndNode(rel) + " "
                    + props(tx, tx.relationshipPropertyKeys(rel), k -> tx.relationshipProperty(rel, k)));
        }
        for (String label : LABELS) {
            int token = tx.labelToken(label);
            List<Long> ids = new ArrayList<>();
            LongIterator withLabel = token < 0 ? null : tx.nodesWithLabel(token);
            while (withLabel != null && withLabel.hasNext()) {
                ids.add(withLabel.next());
            }
            out.add("label " + label + " " + ids);
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String label : LABELS) {
            int token = tx.labelToken(label);
            long count = token < 0 ? 0 : tx.countNodes(token);
            if (count > 0) {
                counts.put(label, count);
            }
        }
        out.add("counts " + tx.countNodes(KernelTransaction.NO_TOKEN) + " " + tx.countRelationships(-1, -1, -1) + " "
                + counts);
        return out;
    }

    private static int countRels(KernelTransaction tx, long node) {
        int count = 0;
        LongIterator rels = tx.allRelationships();
        while (rels.hasNext()) {
            long rel = rels.next();
            if (tx.relationshipStartNode(rel) == node || tx.relationshipEndNode(rel) == node) {
                count++;
            }
        }
        return count;
    }

    private static String props(KernelTransaction tx, int[] keys, java.util.function.IntFunction<Value> read) {
        TreeMap<String, Long> props = new TreeMap<>();
        for (int key : keys) {
            props.put(tx.propertyKeyName(key), ((IntegerValue) read.apply(key)).value());
        }
        return props.toString();
    }
}
