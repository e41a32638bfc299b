package org.quiverdb.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RelationshipGroupsTest {
    private final Databases databases = EmbeddedDatabases.inMemory(KernelSettings.defaults());
    private final GraphDatabase db = databases.database("neo4j");
    private long hub;
    private long other;
    private final List<Long> knows = new ArrayList<>();

    @AfterEach
    void close() {
        databases.close();
    }

    private KernelTransaction begin() {
        return db.begin(TransactionConfig.DEFAULT);
    }

    /** hub -KNOWS-> other three times, other -LIKES-> hub twice, hub -LIKES-> hub once. */
    private void committedStar() {
        try (KernelTransaction tx = begin()) {
            int knowsType = tx.relationshipTypeTokenOrCreate("KNOWS");
            int likes = tx.relationshipTypeTokenOrCreate("LIKES");
            hub = tx.createNode(new int[0]);
            other = tx.createNode(new int[0]);
            for (int i = 0; i < 3; i++) {
                knows.add(tx.createRelationship(hub, knowsType, other));
            }
            tx.createRelationship(other, likes, hub);
            tx.createRelationship(other, likes, hub);
            tx.createRelationship(hub, likes, hub);
            tx.commit();
        }
    }

    private static List<Long> ids(RelationshipCursor cursor) {
        List<Long> out = new ArrayList<>();
        while (cursor.next()) {
            out.add(cursor.relationshipId());
        }
        return out;
    }

    @Test
    void degreeAndExpandByTypeAndDirectionMatchTheCommittedGraph() {
        committedStar();
        try (KernelTransaction tx = begin()) {
            int knowsType = tx.relationshipTypeToken("KNOWS");
            int likes = tx.relationshipTypeToken("LIKES");
            assertThat(tx.nodeDegree(hub, Direction.BOTH, new int[0])).isEqualTo(6);
            assertThat(tx.nodeDegree(hub, Direction.OUTGOING, new int[0])).isEqualTo(4);
            assertThat(tx.nodeDegree(hub, Direction.INCOMING, new int[] {likes}))
                    .isEqualTo(3);
            assertThat(tx.nodeDegree(other, Direction.INCOMING, new int[] {knowsType}))
                    .isEqualTo(3);
            assertThat(tx.nodeDegree(other, Direction.OUTGOING, new int[] {knowsType}))
                    .isZero();
            assertThat(ids(tx.relationships(hub, Direction.OUTGOING, new int[] {knowsType})))
                    .containsExactlyInAnyOrderElementsOf(knows);
        }
    }

    @Test
    void degreeCountsTheTransactionsOwnAddsAndDeletes() {
        committedStar();
        try (KernelTransaction tx = begin()) {
            int knowsType = tx.relationshipTypeToken("KNOWS");
            tx.deleteRelationship(knows.get(0));
            long added = tx.createRelationship(hub, knowsType, other);
            tx.createRelationship(other, knowsType, hub);
            assertThat(tx.nodeDegree(hub, Direction.OUTGOING, new int[] {knowsType}))
                    .isEqualTo(3);
            assertThat(tx.nodeDegree(hub, Direction.BOTH, new int[] {knowsType}))
                    .isEqualTo(4);
            assertThat(ids(tx.relationships(hub, Direction.OUTGOING, new int[] {knowsType})))
                    .containsExactlyInAnyOrder(knows.get(1), knows.get(2), added);
            tx.commit();
        }
        try (KernelTransaction tx = begin()) {
            int knowsType = tx.relationshipTypeToken("KNOWS");
            assertThat(tx.nodeDegree(hub, Direction.OUTGOING, new int[] {knowsType}))
                    .isEqualTo(3);
            assertThat(tx.nodeDegree(hub, Direction.INCOMING, new int[] {knowsType}))
                    .isEqualTo(1);
        }
    }

    @Test
    void countWithBothLabelsBoundSeesCommittedAndOwnRelationshipsOfThatTypeOnly() {
        try (KernelTransaction tx = begin()) {
            int a = tx.labelTokenOrCreate("A");
            int b = tx.labelTokenOrCreate("B");
            int t = tx.relationshipTypeTokenOrCreate("T");
            int u = tx.relationshipTypeTokenOrCreate("U");
            long start = tx.createNode(new int[] {a});
            long end = tx.createNode(new int[] {b});
            tx.createRelationship(start, t, end);
            tx.createRelationship(start, u, end);
            tx.createRelationship(end, t, start);
            tx.commit();
        }
        try (KernelTransaction tx = begin()) {
            int a = tx.labelToken("A");
            int b = tx.labelToken("B");
            int t = tx.relationshipTypeToken("T");
            long start = tx.createNode(new int[] {a});
            long unlabelled = tx.createNode(new int[0]);
            tx.createRelationship(start, t, tx.createNode(new int[] {b}));
            tx.createRelationship(unlabelled, t, tx.createNode(new int[] {b}));
            assertThat(tx.countRelationships(a, t, b)).isEqualTo(2);
            assertThat(tx.countRelationships(a, KernelTransaction.NO_TOKEN, b)).isEqualTo(3);
            assertThat(tx.countRelationships(b, t, a)).isEqualTo(1);
        }
    }
}
