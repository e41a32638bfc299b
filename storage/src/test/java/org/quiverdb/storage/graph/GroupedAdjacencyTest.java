package org.quiverdb.storage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiverdb.storage.api.Command;
import org.quiverdb.storage.api.StoreView;
import org.quiverdb.storage.api.TokenKind;

class GroupedAdjacencyTest {
    private static final int KNOWS = 0;
    private static final int LIKES = 1;

    private final GraphStore store = new GraphStore();
    private long tx;

    private void commit(List<Command> commands) {
        store.apply(++tx, commands);
    }

    private StoreView view() {
        return store.view(tx, () -> {});
    }

    private static List<Long> ids(long[] expanded) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < expanded.length; i += 4) {
            out.add(expanded[i]);
        }
        return out;
    }

    /** Node 0: outgoing KNOWS 10, 11, 12 to node 1; incoming LIKES 13, 14 from node 2; LIKES loop 15. */
    private void star() {
        List<Command> commands = new ArrayList<>(List.of(
                new Command.CreateToken(TokenKind.RELATIONSHIP_TYPE, KNOWS, "KNOWS"),
                new Command.CreateToken(TokenKind.RELATIONSHIP_TYPE, LIKES, "LIKES"),
                new Command.CreateNode(0),
                new Command.CreateNode(1),
                new Command.CreateNode(2)));
        for (long rel = 10; rel <= 12; rel++) {
            commands.add(new Command.CreateRelationship(rel, KNOWS, 0, 1));
        }
        commands.add(new Command.CreateRelationship(13, LIKES, 2, 0));
        commands.add(new Command.CreateRelationship(14, LIKES, 2, 0));
        commands.add(new Command.CreateRelationship(15, LIKES, 0, 0));
        commit(commands);
    }

    @Test
    void expandAndDegreeReadOnlyTheMatchingTypeAndDirection() {
        star();
        try (StoreView view = view()) {
            assertThat(ids(view.expand(0, true, false, new int[] {KNOWS}))).containsExactly(10L, 11L, 12L);
            assertThat(ids(view.expand(0, false, true, new int[] {KNOWS}))).isEmpty();
            assertThat(ids(view.expand(0, false, true, new int[] {LIKES}))).containsExactlyInAnyOrder(13L, 14L, 15L);
            assertThat(ids(view.expand(0, true, false, new int[] {LIKES}))).containsExactly(15L);
            assertThat(view.degree(0, true, true, null)).isEqualTo(6);
            assertThat(view.degree(0, true, false, null)).isEqualTo(4);
            assertThat(view.degree(0, false, true, new int[] {LIKES})).isEqualTo(3);
            assertThat(view.degree(1, false, true, new int[] {KNOWS})).isEqualTo(3);
            assertThat(view.degree(1, true, false, null)).isZero();
            assertThat(view.expand(0)).hasSize(6 * 4);
        }
    }

    @Test
    void olderSnapshotKeepsItsGroupsWhileLaterCommitsAddAndRemove() {
        star();
        try (StoreView before = view()) {
            commit(List.of(
                    new Command.DeleteRelationship(11),
                    new Command.CreateRelationship(16, KNOWS, 0, 2),
                    new Command.DeleteRelationship(15)));
            try (StoreView after = view()) {
                assertThat(ids(after.expand(0, true, false, new int[] {KNOWS})))
                        .containsExactlyInAnyOrder(10L, 12L, 16L);
                assertThat(after.degree(0, true, true, new int[] {LIKES})).isEqualTo(2);
            }
            assertThat(ids(before.expand(0, true, false, new int[] {KNOWS}))).containsExactly(10L, 11L, 12L);
            assertThat(before.degree(0, true, true, new int[] {LIKES})).isEqualTo(3);
        }
        store.reclaim(tx);
        assertThat(ConsistencyChecker.check(store)).isEmpty();
    }

    @Test
    void churnOnASupernodeReturnsHeapOnceReclaimed() {
        commit(List.of(new Command.CreateNode(0), new Command.CreateNode(1)));
        long baseline = store.heap.usedBytes();
        for (int round = 0; round < 5; round++) {
            List<Command> create = new ArrayList<>();
            List<Command> delete = new ArrayList<>();
            for (long rel = 0; rel < 500; rel++) {
                create.add(new Command.CreateRelationship(rel, rel % 2 == 0 ? KNOWS : LIKES, 0, 1));
                delete.add(new Command.DeleteRelationship(rel));
            }
            commit(create);
            store.reclaim(tx);
            commit(delete);
            store.reclaim(tx);
            assertThat(store.heap.usedBytes()).as("round " + round).isEqualTo(baseline);
        }
    }
}
