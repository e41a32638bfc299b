package org.quiverdb.storage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiverdb.storage.api.Command;
import org.quiverdb.storage.api.FileSystem;
import org.quiverdb.storage.api.FsyncMode;
import org.quiverdb.storage.api.StorageEngine;
import org.quiverdb.storage.api.StorageSettings;
import org.quiverdb.storage.api.TokenKind;
import org.quiverdb.storage.io.FaultyFileSystem;
import org.quiverdb.storage.io.InMemoryFileSystem;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.StringValue;

/**
 * For every write, force, truncate, rename and delete a scenario makes, and for each way it can
 * break (fail, tear, die just before), runs the scenario until the fault, crashes the file system
 * (dropping unforced bytes), recovers, and checks the store holds exactly the acknowledged
 * transactions (plus, at most, the one in flight, whole) and is consistent.
 */
class CrashLoopTest {
    private static final Path DIR = Path.of("/data/databases/neo4j");

    private static StorageSettings settings(FileSystem fs) {
        return new StorageSettings(
                fs, FsyncMode.EVERY_COMMIT, 1024, 0, Duration.ofHours(1), 1L << 40, Clock.systemUTC());
    }

    /** Runs the scenario, calling {@code afterCommit} after each acknowledged commit. */
    private static void scenario(StorageEngine engine, Runnable afterCommit) {
        int label = engine.tokenOrCreate(TokenKind.LABEL, "Person");
        afterCommit.run();
        int type = engine.tokenOrCreate(TokenKind.RELATIONSHIP_TYPE, "KNOWS");
        afterCommit.run();
        int key = engine.tokenOrCreate(TokenKind.PROPERTY_KEY, "name");
        afterCommit.run();
        List<Long> nodes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long node = engine.reserveNodeId();
            commit(
                    engine,
                    afterCommit,
                    new Command.CreateNode(node),
                    new Command.AddLabel(node, label),
                    new Command.SetNodeProperty(node, key, StringValue.of("person " + i)));
            nodes.add(node);
        }
        List<Long> rels = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long rel = engine.reserveRelationshipId();
            commit(
                    engine,
                    afterCommit,
                    new Command.CreateRelationship(rel, type, nodes.get(i), nodes.get(i + 1)),
                    new Command.SetRelationshipProperty(rel, key, IntegerValue.of(i)));
            rels.add(rel);
        }
        engine.checkpoint();
        for (int i = 0; i < 4; i++) {
            commit(
                    engine,
                    afterCommit,
                    new Command.SetNodeProperty(nodes.get(i), key, IntegerValue.of(100 + i)),
                    new Command.RemoveLabel(nodes.get(i + 1), label));
        }
        commit(engine, afterCommit, new Command.DeleteRelationship(rels.get(0)), new Command.DeleteNode(nodes.get(0)));
        for (int i = 0; i < 3; i++) {
            long node = engine.reserveNodeId();
            commit(engine, afterCommit, new Command.CreateNode(node), new Command.AddLabel(node, label));
        }
        engine.checkpoint();
        for (int i = 1; i < 5; i++) {
            commit(
                    engine,
                    afterCommit,
                    new Command.RemoveNodeProperty(nodes.get(i), key),
                    new Command.DeleteRelationship(rels.get(i)));
        }
    }

    private static void commit(StorageEngine engine, Runnable afterCommit, Command... commands) {
        engine.commit(engine.lastCommittedTransactionId(), List.of(commands));
        afterCommit.run();
    }

    @Test
    void everyFaultRecoversToExactlyTheAcknowledgedTransactions() {
        InMemoryFileSystem referenceFs = new InMemoryFileSystem();
        FaultyFileSystem counting = new FaultyFileSystem(referenceFs, Long.MAX_VALUE, FaultyFileSystem.Fault.FAIL);
        List<List<String>> expected = new ArrayList<>();
        GraphEngine reference = DurableEngines.open(DIR, settings(counting));
        expected.add(StoreDump.of(reference));
        scenario(reference, () -> expected.add(StoreDump.of(reference)));
        long operations = counting.operations();
        reference.close();
        assertThat(operations).isGreaterThan(50);

        int runs = 0;
        for (FaultyFileSystem.Fault fault : FaultyFileSystem.Fault.values()) {
            for (long n = 1; n <= operations; n++) {
                crashAndRecover(fault, n, expected);
                runs++;
            }
        }
        assertThat(runs).isEqualTo(3 * operations);
    }

    private static void crashAndRecover(FaultyFileSystem.Fault fault, long n, List<List<String>> expected) {
        InMemoryFileSystem fs = new InMemoryFileSystem();
        FaultyFileSystem faulty = new FaultyFileSystem(fs, n, fault);
        int[] acknowledged = {0};
        GraphEngine engine = null;
        try {
            engine = DurableEngines.open(DIR, settings(faulty));
            scenario(engine, () -> acknowledged[0]++);
        } catch (RuntimeException expectedFault) {
            // The fault stops the scenario, as a crash would.
        }
        if (engine != null) {
            engine.abandon();
        }
        fs.crash();
        String context = fault + " at operation " + n + " after " + acknowledged[0] + " acknowledged commits";
        try (GraphEngine recovered = DurableEngines.open(DIR, settings(fs))) {
            List<String> state = StoreDump.of(recovered);
            List<String> acked = expected.get(acknowledged[0]);
            List<String> inFlight = expected.get(Math.min(acknowledged[0] + 1, expected.size() - 1));
            assertThat(state.equals(acked) || state.equals(inFlight))
                    .as(context + ": recovered state\n" + state + "\nexpected\n" + acked)
                    .isTrue();
            assertThat(recovered.checkConsistency()).as(context).isEmpty();
            int key = recovered.tokenOrCreate(TokenKind.PROPERTY_KEY, "after");
            long node = recovered.reserveNodeId();
            recovered.commit(
                    recovered.lastCommittedTransactionId(),
                    List.of(new Command.CreateNode(node), new Command.SetNodeProperty(node, key, IntegerValue.of(1))));
        }
    }
}
