package org.quiverdb.storage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiverdb.storage.api.Command;
import org.quiverdb.storage.api.CountKeys;
import org.quiverdb.storage.api.StorageEngine;
import org.quiverdb.storage.api.StorageException;
import org.quiverdb.storage.api.StorageFailure;
import org.quiverdb.storage.api.StoreView;
import org.quiverdb.storage.api.TokenKind;
import org.quiverdb.values.value.IntegerValue;

/** What every {@link StorageEngine} must do; each engine subclasses this in a few lines. */
abstract class StorageEngineContractTest {
    private StorageEngine engine;

    abstract StorageEngine newEngine();

    @BeforeEach
    void open() {
        engine = newEngine();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private long commit(Command... commands) {
        return engine.commit(engine.lastCommittedTransactionId(), List.of(commands));
    }

    @Test
    void viewKeepsItsSnapshotWhileLaterCommitsApply() {
        int key = engine.tokenOrCreate(TokenKind.PROPERTY_KEY, "v");
        long node = engine.reserveNodeId();
        commit(new Command.CreateNode(node), new Command.SetNodeProperty(node, key, IntegerValue.of(1)));
        try (StoreView before = engine.openView()) {
            commit(new Command.SetNodeProperty(node, key, IntegerValue.of(2)));
            commit(new Command.DeleteNode(node));
            assertThat(before.nodeProperty(node, key)).isEqualTo(IntegerValue.of(1));
            try (StoreView after = engine.openView()) {
                assertThat(after.nodeExists(node)).isFalse();
                assertThat(after.countNodes(CountKeys.ANY)).isZero();
            }
            assertThat(before.countNodes(CountKeys.ANY)).isEqualTo(1);
        }
        assertThat(engine.checkConsistency()).isEmpty();
    }

    @Test
    void secondWriterOfAnEntityLoses() {
        int key = engine.tokenOrCreate(TokenKind.PROPERTY_KEY, "v");
        long node = engine.reserveNodeId();
        long created = commit(new Command.CreateNode(node));
        engine.commit(created, List.of(new Command.SetNodeProperty(node, key, IntegerValue.of(1))));
        assertThatThrownBy(() ->
                        engine.commit(created, List.of(new Command.SetNodeProperty(node, key, IntegerValue.of(2)))))
                .isInstanceOfSatisfying(
                        StorageException.class, e -> assertThat(e.failure()).isEqualTo(StorageFailure.WRITE_CONFLICT));
    }

    @Test
    void relationshipToAConcurrentlyDeletedNodeLoses() {
        int type = engine.tokenOrCreate(TokenKind.RELATIONSHIP_TYPE, "R");
        long a = engine.reserveNodeId();
        long b = engine.reserveNodeId();
        long snapshot = commit(new Command.CreateNode(a), new Command.CreateNode(b));
        engine.commit(snapshot, List.of(new Command.DeleteNode(b)));
        long rel = engine.reserveRelationshipId();
        assertThatThrownBy(() -> engine.commit(snapshot, List.of(new Command.CreateRelationship(rel, type, a, b))))
                .isInstanceOfSatisfying(
                        StorageException.class, e -> assertThat(e.failure()).isEqualTo(StorageFailure.WRITE_CONFLICT));
        assertThat(engine.checkConsistency()).isEmpty();
    }

    @Test
    void deletedIdsAreReusedOnceNoSnapshotSeesThem() {
        long node = engine.reserveNodeId();
        commit(new Command.CreateNode(node));
        StoreView old = engine.openView();
        commit(new Command.DeleteNode(node));
        assertThat(engine.reserveNodeId()).isNotEqualTo(node);
        old.close();
        assertThat(engine.reserveNodeId()).isEqualTo(node);
    }

    @Test
    void relationshipCountsFollowLabelChanges() {
        int label = engine.tokenOrCreate(TokenKind.LABEL, "L");
        int type = engine.tokenOrCreate(TokenKind.RELATIONSHIP_TYPE, "T");
        long a = engine.reserveNodeId();
        long b = engine.reserveNodeId();
        long rel = engine.reserveRelationshipId();
        commit(new Command.CreateNode(a), new Command.CreateNode(b), new Command.CreateRelationship(rel, type, a, b));
        commit(new Command.AddLabel(b, label));
        try (StoreView view = engine.openView()) {
            assertThat(view.countRelationships(CountKeys.ANY, type, label)).isEqualTo(1);
            assertThat(view.countRelationships(label, type, CountKeys.ANY)).isZero();
            assertThat(view.countNodes(label)).isEqualTo(1);
        }
        commit(new Command.RemoveLabel(b, label), new Command.DeleteRelationship(rel));
        try (StoreView view = engine.openView()) {
            assertThat(view.countRelationships(CountKeys.ANY, CountKeys.ANY, CountKeys.ANY))
                    .isZero();
            assertThat(view.countNodes(label)).isZero();
        }
        assertThat(engine.checkConsistency()).isEmpty();
    }
}
