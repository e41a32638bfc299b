package org.quiverdb.storage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiverdb.storage.api.Command;
import org.quiverdb.storage.api.FsyncMode;
import org.quiverdb.storage.api.Storage;
import org.quiverdb.storage.api.StorageEngine;
import org.quiverdb.storage.api.StorageException;
import org.quiverdb.storage.api.StorageFailure;
import org.quiverdb.storage.api.StorageSettings;
import org.quiverdb.storage.api.StoreView;
import org.quiverdb.storage.api.TokenKind;
import org.quiverdb.storage.checkpoint.Checkpoints;
import org.quiverdb.storage.io.InMemoryFileSystem;
import org.quiverdb.storage.log.LogSegments;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.StringValue;

class DurableEngineTest {
    private static final Path DIR = Path.of("/data/databases/neo4j");
    private final InMemoryFileSystem fs = new InMemoryFileSystem();

    private StorageSettings settings(long segmentBytes) {
        return new StorageSettings(
                fs, FsyncMode.EVERY_COMMIT, segmentBytes, 0, Duration.ofHours(1), 1L << 40, Clock.systemUTC());
    }

    private StorageEngine open() {
        return Storage.open(DIR, settings(1 << 20));
    }

    private static long createNode(StorageEngine engine, int key, long value) {
        long node = engine.reserveNodeId();
        engine.commit(
                engine.lastCommittedTransactionId(),
                List.of(new Command.CreateNode(node), new Command.SetNodeProperty(node, key, IntegerValue.of(value))));
        return node;
    }

    @Test
    void committedDataSurvivesCleanRestart() {
        long node;
        int key;
        try (StorageEngine engine = open()) {
            key = engine.tokenOrCreate(TokenKind.PROPERTY_KEY, "v");
            node = createNode(engine, key, 42);
        }
        try (StorageEngine engine = open();
                StoreView view = engine.openView()) {
            assertThat(engine.token(TokenKind.PROPERTY_KEY, "v")).isEqualTo(key);
            assertThat(view.nodeProperty(node, key)).isEqualTo(IntegerValue.of(42));
        }
    }

    @Test
    void acknowledgedCommitsSurviveCrashWithoutCheckpoint() {
        StorageEngine crashed = open();
        int key = crashed.tokenOrCreate(TokenKind.PROPERTY_KEY, "v");
        long first = createNode(crashed, key, 1);
        long second = createNode(crashed, key, 2);
        long lastTx = crashed.lastCommittedTransactionId();
        fs.crash();
        try (StorageEngine engine = open();
                StoreView view = engine.openView()) {
            assertThat(engine.lastCommittedTransactionId()).isEqualTo(lastTx);
            assertThat(view.nodeProperty(first, key)).isEqualTo(IntegerValue.of(1));
            assertThat(view.nodeProperty(second, key)).isEqualTo(IntegerValue.of(2));
            assertThat(view.countNodes(-1)).isEqualTo(2);
        }
    }

    @Test
    void databaseIdIsStableAcrossRestarts() {
        java.util.UUID id;
        try (StorageEngine engine = open()) {
            id = engine.databaseId();
        }
        try (StorageEngine engine = open()) {
            assertThat(engine.databaseId()).isEqualTo(id);
        }
    }

    @Test
    void logRotatesBySizeAndRecoveryReadsEverySegment() throws Exception {
        int key;
        StorageEngine engine = Storage.open(DIR, settings(2048));
        key = engine.tokenOrCreate(TokenKind.PROPERTY_KEY, "s");
        for (int i = 0; i < 200; i++) {
            long node = engine.reserveNodeId();
            engine.commit(
                    engine.lastCommittedTransactionId(),
                    List.of(
                            new Command.CreateNode(node),
                            new Command.SetNodeProperty(node, key, StringValue.of("value number " + i))));
        }
        assertThat(LogSegments.list(fs, DIR).size()).isGreaterThan(3);
        fs.crash();
        try (StorageEngine reopened = Storage.open(DIR, settings(2048));
                StoreView view = reopened.openView()) {
            assertThat(view.countNodes(-1)).isEqualTo(200);
            assertThat(view.nodeProperty(199, key)).isEqualTo(StringValue.of("value number 199"));
        }
    }

    @Test
    void checkpointPrunesCoveredSegmentsAndRecoveryStartsFromIt() throws Exception {
        StorageEngine engine = Storage.open(DIR, settings(1024));
        int key = engine.tokenOrCreate(TokenKind.PROPERTY_KEY, "v");
        for (int i = 0; i < 100; i++) {
            createNode(engine, key, i);
        }
        int before = LogSegments.list(fs, DIR).size();
        engine.checkpoint();
        createNode(engine, key, 100);
        engine.checkpoint();
        assertThat(LogSegments.list(fs, DIR).size()).isLessThan(before);
        assertThat(Checkpoints.list(fs, DIR)).hasSize(Checkpoints.KEEP);
        fs.crash();
        try (StorageEngine reopened = Storage.open(DIR, settings(1024));
                StoreView view = reopened.openView()) {
            assertThat(view.countNodes(-1)).isEqualTo(101);
        }
    }

    @Test
    void corruptTailIsCutOnRecovery() throws Exception {
        StorageEngine engine = open();
        int key = engine.tokenOrCreate(TokenKind.PROPERTY_KEY, "v");
        long kept = createNode(engine, key, 1);
        long lost = createNode(engine, key, 2);
        long lastTx = engine.lastCommittedTransactionId();
        fs.crash();
        List<Long> segments = LogSegments.list(fs, DIR);
        Path last = LogSegments.path(DIR, segments.get(segments.size() - 1));
        byte[] bytes = fs.readAll(last);
        fs.flipBit(last, bytes.length - 2, 3);
        try (StorageEngine reopened = open();
                StoreView view = reopened.openView()) {
            assertThat(reopened.lastCommittedTransactionId()).isEqualTo(lastTx - 1);
            assertThat(view.nodeExists(kept)).isTrue();
            assertThat(view.nodeExists(lost)).isFalse();
        }
        try (StorageEngine again = open()) {
            assertThat(again.lastCommittedTransactionId()).isEqualTo(lastTx - 1);
            createNode(again, key, 3);
        }
    }

    @Test
    void garbageAfterTheLastEntryIsCut() throws Exception {
        StorageEngine engine = open();
        int key = engine.tokenOrCreate(TokenKind.PROPERTY_KEY, "v");
        createNode(engine, key, 1);
        long lastTx = engine.lastCommittedTransactionId();
        fs.crash();
        List<Long> segments = LogSegments.list(fs, DIR);
        try (var channel = fs.openAppend(LogSegments.path(DIR, segments.get(segments.size() - 1)))) {
            byte[] garbage = {0, 0, 0, 9, 1, 2, 3, 4, 5, 6, 7};
            channel.write(garbage, 0, garbage.length);
            channel.force();
        }
        try (StorageEngine reopened = open()) {
            assertThat(reopened.lastCommittedTransactionId()).isEqualTo(lastTx);
        }
    }

    @Test
    void damagedNewestCheckpointFallsBackToThePrevious() throws Exception {
        StorageEngine engine = open();
        int key = engine.tokenOrCreate(TokenKind.PROPERTY_KEY, "v");
        long node = createNode(engine, key, 7);
        engine.checkpoint();
        createNode(engine, key, 8);
        engine.checkpoint();
        fs.crash();
        long newest = Checkpoints.list(fs, DIR).get(0);
        fs.flipBit(Checkpoints.path(DIR, newest), 45, 1);
        try (StorageEngine reopened = open();
                StoreView view = reopened.openView()) {
            assertThat(view.nodeProperty(node, key)).isEqualTo(IntegerValue.of(7));
            assertThat(view.countNodes(-1)).isEqualTo(2);
        }
    }

    @Test
    void aStoreOpenInOneEngineCannotBeOpenedByAnother() {
        try (StorageEngine engine = open()) {
            assertThatThrownBy(this::open)
                    .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.getMessage())
                            .contains("Unable to get a lock"));
            assertThat(engine.lastCommittedTransactionId()).isZero();
        }
        try (StorageEngine reopened = open()) {
            assertThat(reopened.lastCommittedTransactionId()).isZero();
        }
    }

    @Test
    void unknownFormatVersionIsRefusedWithAClearMessage() throws Exception {
        try (StorageEngine engine = open()) {
            engine.tokenOrCreate(TokenKind.LABEL, "L");
        }
        long newest = Checkpoints.list(fs, DIR).get(0);
        Path path = Checkpoints.path(DIR, newest);
        byte[] bytes = fs.readAll(path);
        bytes[11] = 9;
        int crc = org.quiverdb.storage.log.LogFormatV1.crc(bytes, 0, 36);
        bytes[36] = (byte) (crc >>> 24);
        bytes[37] = (byte) (crc >>> 16);
        bytes[38] = (byte) (crc >>> 8);
        bytes[39] = (byte) crc;
        fs.delete(path);
        try (var channel = fs.openAppend(path)) {
            channel.write(bytes, 0, bytes.length);
            channel.force();
        }
        assertThatThrownBy(this::open).isInstanceOfSatisfying(StorageException.class, e -> {
            assertThat(e.failure()).isEqualTo(StorageFailure.UNSUPPORTED_FORMAT);
            assertThat(e.getMessage()).contains("format version 9 (expected: 1)");
        });
    }
}
