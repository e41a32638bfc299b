package org.quiverdb.storage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiverdb.storage.api.Command;
import org.quiverdb.storage.api.StoreView;

class LabelIndexTest {
    private static final int PERSON = 3;
    private static final int CITY = 4;

    private final GraphStore store = new GraphStore();
    private long tx;

    private long commit(Command... commands) {
        store.apply(++tx, List.of(commands));
        return tx;
    }

    private static long[] scan(StoreView view, int label) {
        long[] out = new long[4];
        List<Long> ids = new ArrayList<>();
        long from = 0;
        int n;
        do {
            n = view.scanNodes(from, label, out);
            for (int i = 0; i < n; i++) {
                ids.add(out[i]);
            }
            from = n > 0 ? out[n - 1] + 1 : from;
        } while (n == out.length);
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    @Test
    void labelIndexHoldsOnlyLabelledNodes() {
        List<Command> commands = new ArrayList<>();
        for (long node = 0; node < 1000; node++) {
            commands.add(new Command.CreateNode(node));
            if (node % 100 == 7) {
                commands.add(new Command.AddLabel(node, PERSON));
            }
        }
        commit(commands.toArray(Command[]::new));
        assertThat(store.labelIndexSize(PERSON)).isEqualTo(10);
        assertThat(store.labelIndexSize(CITY)).isZero();
        try (StoreView view = store.view(tx, () -> {})) {
            assertThat(scan(view, PERSON)).containsExactly(7, 107, 207, 307, 407, 507, 607, 707, 807, 907);
            assertThat(scan(view, CITY)).isEmpty();
        }
    }

    @Test
    void olderSnapshotStillFindsNodeWhoseLabelWasRemovedUntilReclaimed() {
        commit(new Command.CreateNode(0), new Command.AddLabel(0, PERSON), new Command.CreateNode(1));
        long before = tx;
        commit(new Command.RemoveLabel(0, PERSON), new Command.AddLabel(1, PERSON));
        try (StoreView old = store.view(before, () -> {});
                StoreView now = store.view(tx, () -> {})) {
            assertThat(scan(old, PERSON)).containsExactly(0);
            assertThat(scan(now, PERSON)).containsExactly(1);
        }
        assertThat(store.labelIndexSize(PERSON)).isEqualTo(2);
        store.reclaim(tx);
        assertThat(store.labelIndexSize(PERSON)).isEqualTo(1);
    }

    @Test
    void deletedNodeLeavesTheIndexOnceReclaimedAndReusedIdStartsUnlabelled() {
        commit(new Command.CreateNode(0), new Command.AddLabel(0, PERSON), new Command.AddLabel(0, CITY));
        long before = tx;
        commit(new Command.DeleteNode(0));
        try (StoreView old = store.view(before, () -> {})) {
            assertThat(scan(old, CITY)).containsExactly(0);
        }
        store.reclaim(tx);
        assertThat(store.labelIndexSize(PERSON)).isZero();
        assertThat(store.labelIndexSize(CITY)).isZero();
        commit(new Command.CreateNode(0));
        try (StoreView now = store.view(tx, () -> {})) {
            assertThat(scan(now, PERSON)).isEmpty();
        }
    }

    @Test
    void labelRemovedAndAddedAgainStaysIndexedAfterReclaim() {
        commit(new Command.CreateNode(0), new Command.AddLabel(0, PERSON));
        commit(new Command.RemoveLabel(0, PERSON));
        commit(new Command.AddLabel(0, PERSON));
        store.reclaim(tx);
        try (StoreView now = store.view(tx, () -> {})) {
            assertThat(Arrays.stream(scan(now, PERSON)).boxed()).containsExactly(0L);
        }
        assertThat(store.labelIndexSize(PERSON)).isEqualTo(1);
    }
}
