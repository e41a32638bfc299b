package org.quiverdb.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.StringValue;

class EmbeddedDatabasesTest {
    private final Databases databases = EmbeddedDatabases.inMemory(KernelSettings.defaults());
    private final GraphDatabase db = databases.database("neo4j");

    @AfterEach
    void close() {
        databases.close();
    }

    private KernelTransaction begin() {
        return db.begin(TransactionConfig.DEFAULT);
    }

    @Test
    void opensDefaultAndSystemDatabases() {
        assertThat(databases.names()).containsExactly("neo4j", "system");
        assertThat(databases.defaultDatabaseName()).isEqualTo("neo4j");
        assertThat(databases.database("NEO4J").name()).isEqualTo("neo4j");
        assertThatThrownBy(() -> databases.database("nope"))
                .isInstanceOfSatisfying(
                        QuiverException.class, e -> assertThat(e.status()).isEqualTo(Status.DATABASE_NOT_FOUND));
    }

    @Test
    void committedNodeIsVisibleToLaterTransactions() {
        long node;
        long txId;
        try (KernelTransaction tx = begin()) {
            int person = tx.labelTokenOrCreate("Person");
            int name = tx.propertyKeyTokenOrCreate("name");
            node = tx.createNode(new int[] {person});
            tx.setNodeProperty(node, name, StringValue.of("Ada"));
            txId = tx.commit();
        }
        assertThat(db.lastCommittedTransactionId()).isEqualTo(txId);
        try (KernelTransaction tx = begin()) {
            assertThat(tx.nodeExists(node)).isTrue();
            assertThat(tx.nodeLabels(node)).containsExactly(tx.labelToken("Person"));
            assertThat(tx.nodeProperty(node, tx.propertyKeyToken("name"))).isEqualTo(StringValue.of("Ada"));
            assertThat(tx.countNodes(tx.labelToken("Person"))).isEqualTo(1);
            assertThat(tx.countNodes(KernelTransaction.NO_TOKEN)).isEqualTo(1);
        }
    }

    @Test
    void transactionSeesItsSnapshotNotLaterCommits() {
        KernelTransaction reader = begin();
        long node;
        try (KernelTransaction writer = begin()) {
            node = writer.createNode(new int[0]);
            writer.commit();
        }
        assertThat(reader.nodeExists(node)).isFalse();
        assertThat(reader.countNodes(KernelTransaction.NO_TOKEN)).isZero();
        reader.close();
        try (KernelTransaction tx = begin()) {
            assertThat(tx.nodeExists(node)).isTrue();
        }
    }

    @Test
    void transactionReadsItsOwnWrites() {
        try (KernelTransaction tx = begin()) {
            int key = tx.propertyKeyTokenOrCreate("k");
            int type = tx.relationshipTypeTokenOrCreate("KNOWS");
            long a = tx.createNode(new int[0]);
            long b = tx.createNode(new int[0]);
            long r = tx.createRelationship(a, type, b);
            tx.setRelationshipProperty(r, key, IntegerValue.of(7));
            assertThat(tx.relationshipProperty(r, key)).isEqualTo(IntegerValue.of(7));
            assertThat(tx.nodeDegree(a, Direction.OUTGOING, new int[0])).isEqualTo(1);
            assertThat(tx.nodeDegree(a, Direction.INCOMING, new int[0])).isZero();
            RelationshipCursor cursor = tx.relationships(b, Direction.BOTH, new int[] {type});
            assertThat(cursor.next()).isTrue();
            assertThat(cursor.otherNode()).isEqualTo(a);
            assertThat(cursor.next()).isFalse();
            assertThat(tx.countRelationships(-1, type, -1)).isEqualTo(1);
        }
    }

    @Test
    void rolledBackWritesLeaveNoTrace() {
        long node;
        try (KernelTransaction tx = begin()) {
            node = tx.createNode(new int[0]);
            tx.rollback();
        }
        try (KernelTransaction tx = begin()) {
            assertThat(tx.nodeExists(node)).isFalse();
            assertThat(tx.allNodes().hasNext()).isFalse();
        }
    }

    @Test
    void concurrentWritesToOneNodeLetTheFirstCommitterWin() {
        long node;
        int key;
        try (KernelTransaction tx = begin()) {
            key = tx.propertyKeyTokenOrCreate("v");
            node = tx.createNode(new int[0]);
            tx.commit();
        }
        KernelTransaction first = begin();
        KernelTransaction second = begin();
        first.setNodeProperty(node, key, IntegerValue.of(1));
        second.setNodeProperty(node, key, IntegerValue.of(2));
        first.commit();
        assertThatThrownBy(second::commit).isInstanceOfSatisfying(QuiverException.class, e -> assertThat(
                        e.status().code())
                .startsWith("Neo.TransientError.Transaction."));
        try (KernelTransaction tx = begin()) {
            assertThat(tx.nodeProperty(node, key)).isEqualTo(IntegerValue.of(1));
        }
    }

    @Test
    void deletingNodeWithRelationshipsFailsWithNeo4jError() {
        long a;
        try (KernelTransaction tx = begin()) {
            int type = tx.relationshipTypeTokenOrCreate("R");
            a = tx.createNode(new int[0]);
            tx.createRelationship(a, type, tx.createNode(new int[0]));
            tx.commit();
        }
        try (KernelTransaction tx = begin()) {
            tx.deleteNode(a);
            assertThatThrownBy(tx::commit).isInstanceOfSatisfying(QuiverException.class, e -> {
                assertThat(e.status()).isEqualTo(Status.SCHEMA_CONSTRAINT_VALIDATION_FAILED);
                assertThat(e.getMessage())
                        .isEqualTo("Cannot delete node<" + a + ">, because it still has relationships. "
                                + "To delete this node, you must first delete its relationships.");
            });
        }
        try (KernelTransaction tx = begin()) {
            assertThat(tx.detachDeleteNode(a)).isEqualTo(1);
            tx.commit();
        }
        try (KernelTransaction tx = begin()) {
            assertThat(tx.nodeExists(a)).isFalse();
            assertThat(tx.countRelationships(-1, -1, -1)).isZero();
            assertThat(tx.countNodes(-1)).isEqualTo(1);
        }
    }

    @Test
    void idsOfDeletedNodesAreReused() {
        long node;
        try (KernelTransaction tx = begin()) {
            node = tx.createNode(new int[0]);
            tx.commit();
        }
        try (KernelTransaction tx = begin()) {
            tx.deleteNode(node);
            tx.commit();
        }
        try (KernelTransaction tx = begin()) {
            assertThat(tx.createNode(new int[0])).isEqualTo(node);
        }
    }

    @Test
    void elementIdsFollowNeo4j5AndRoundTrip() {
        try (KernelTransaction tx = begin()) {
            long node = tx.createNode(new int[0]);
            String elementId = tx.nodeElementId(node);
            assertThat(elementId).matches("4:[0-9a-f-]{36}:" + node);
            assertThat(tx.nodeIdOfElementId(elementId)).isEqualTo(node);
            assertThat(tx.relationshipIdOfElementId(elementId)).isEqualTo(-1);
            assertThat(tx.nodeIdOfElementId("4:other:1")).isEqualTo(-1);
        }
    }

    @Test
    void countsTrackLabelChangesOnConnectedNodes() {
        try (KernelTransaction tx = begin()) {
            int a = tx.labelTokenOrCreate("A");
            int b = tx.labelTokenOrCreate("B");
            int t = tx.relationshipTypeTokenOrCreate("T");
            long x = tx.createNode(new int[0]);
            long y = tx.createNode(new int[] {b});
            tx.createRelationship(x, t, y);
            tx.addLabel(x, a);
            assertThat(tx.countRelationships(a, t, -1)).isEqualTo(1);
            assertThat(tx.countRelationships(-1, t, b)).isEqualTo(1);
            assertThat(tx.countRelationships(a, t, b)).isEqualTo(1);
            tx.commit();
        }
        try (KernelTransaction tx = begin()) {
            int a = tx.labelToken("A");
            int b = tx.labelToken("B");
            int t = tx.relationshipTypeToken("T");
            assertThat(tx.countRelationships(a, t, -1)).isEqualTo(1);
            assertThat(tx.countRelationships(a, -1, -1)).isEqualTo(1);
            assertThat(tx.countRelationships(-1, -1, b)).isEqualTo(1);
            assertThat(tx.countRelationships(a, t, b)).isEqualTo(1);
            assertThat(tx.countNodes(a)).isEqualTo(1);
        }
    }

    @Test
    void listPropertiesAndRemovalRoundTrip() {
        try (KernelTransaction tx = begin()) {
            int key = tx.propertyKeyTokenOrCreate("xs");
            long n = tx.createNode(new int[0]);
            tx.setNodeProperty(n, key, ListValue.of(IntegerValue.of(1), IntegerValue.of(2)));
            tx.commit();
            try (KernelTransaction read = begin()) {
                assertThat(read.nodeProperty(n, key)).isEqualTo(ListValue.of(IntegerValue.of(1), IntegerValue.of(2)));
                assertThat(read.removeNodeProperty(n, key)).isNotEqualTo(NullValue.NULL);
                assertThat(read.nodePropertyKeys(n)).isEmpty();
            }
        }
    }

    @Test
    void timedOutTransactionFailsOnNextOperation() {
        MutableClock clock = new MutableClock();
        try (Databases dbs = EmbeddedDatabases.inMemory(
                KernelSettings.defaults().withClock(clock).withTransactionTimeout(Duration.ofSeconds(1)))) {
            KernelTransaction tx = dbs.database("neo4j").begin(TransactionConfig.DEFAULT);
            tx.createNode(new int[0]);
            clock.advance(Duration.ofSeconds(2));
            assertThatThrownBy(() -> tx.createNode(new int[0]))
                    .isInstanceOfSatisfying(
                            QuiverException.class, e -> assertThat(e.status()).isEqualTo(Status.TRANSACTION_TIMED_OUT));
            tx.close();
        }
    }

    @Test
    void terminationByHandleIdStopsTheTransaction() {
        KernelTransaction tx = begin();
        assertThat(db.openTransactions()).contains(tx);
        assertThat(db.terminateTransaction(tx.handleId())).isTrue();
        assertThatThrownBy(() -> tx.createNode(new int[0]))
                .isInstanceOfSatisfying(
                        QuiverException.class, e -> assertThat(e.status()).isEqualTo(Status.TRANSACTION_TERMINATED));
        tx.close();
        assertThat(db.openTransactions()).doesNotContain(tx);
    }

    @Test
    void readTransactionRefusesWrites() {
        try (KernelTransaction tx = db.begin(new TransactionConfig(Duration.ZERO, MapValue.EMPTY, AccessMode.READ))) {
            assertThatThrownBy(() -> tx.createNode(new int[0]))
                    .isInstanceOfSatisfying(
                            QuiverException.class, e -> assertThat(e.status()).isEqualTo(Status.STATEMENT_ACCESS_MODE));
        }
    }

    @Test
    void awaitTransactionTimesOutForFutureIds() {
        assertThatThrownBy(() -> db.awaitTransaction(db.lastCommittedTransactionId() + 5, Duration.ofMillis(10)))
                .isInstanceOfSatisfying(QuiverException.class, e -> assertThat(e.status())
                        .isEqualTo(Status.TRANSIENT_BOOKMARK_TIMEOUT));
    }

    @Test
    void concurrentWritersOnDistinctNodesAllCommit() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < 200; i++) {
                        try (KernelTransaction tx = begin()) {
                            tx.createNode(new int[0]);
                            tx.commit();
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(30_000);
        }
        assertThat(failures).isEmpty();
        try (KernelTransaction tx = begin()) {
            assertThat(tx.countNodes(-1)).isEqualTo(800);
        }
    }

    @Test
    void transactionOverItsMemoryLimitFailsWithNeo4jsMemoryError() {
        try (Databases dbs =
                EmbeddedDatabases.inMemory(KernelSettings.defaults().withTransactionMemory(64 * 1024, 0))) {
            KernelTransaction tx = dbs.database("neo4j").begin(TransactionConfig.DEFAULT);
            int key = tx.propertyKeyTokenOrCreate("s");
            assertThatThrownBy(() -> {
                        for (int i = 0; i < 10_000; i++) {
                            tx.setNodeProperty(tx.createNode(new int[0]), key, StringValue.of("x".repeat(100)));
                        }
                    })
                    .isInstanceOfSatisfying(QuiverException.class, e -> {
                        assertThat(e.status()).isEqualTo(Status.MEMORY_TRANSACTION_OUT_OF_MEMORY);
                        assertThat(e.getMessage()).contains("dbms.memory.transaction.max threshold reached");
                    });
            tx.close();
            try (KernelTransaction next = dbs.database("neo4j").begin(TransactionConfig.DEFAULT)) {
                next.createNode(new int[0]);
                next.commit();
            }
        }
    }

    @Test
    void transactionsTogetherOverThePoolLimitFail() {
        try (Databases dbs =
                EmbeddedDatabases.inMemory(KernelSettings.defaults().withTransactionMemory(0, 8 * 1024))) {
            KernelTransaction first = dbs.database("neo4j").begin(TransactionConfig.DEFAULT);
            KernelTransaction second = dbs.database("neo4j").begin(TransactionConfig.DEFAULT);
            for (int i = 0; i < 20; i++) {
                first.createNode(new int[0]);
            }
            assertThatThrownBy(() -> {
                        for (int i = 0; i < 100; i++) {
                            second.createNode(new int[0]);
                        }
                    })
                    .isInstanceOfSatisfying(QuiverException.class, e -> assertThat(e.status())
                            .isEqualTo(Status.MEMORY_POOL_OUT_OF_MEMORY));
            first.close();
            second.close();
        }
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
