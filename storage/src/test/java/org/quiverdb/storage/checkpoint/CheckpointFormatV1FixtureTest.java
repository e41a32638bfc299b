package org.quiverdb.storage.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quiverdb.storage.api.StoreView;
import org.quiverdb.storage.api.TokenKind;
import org.quiverdb.storage.format.CorruptDataException;
import org.quiverdb.storage.graph.ConsistencyChecker;
import org.quiverdb.storage.graph.GraphStore;
import org.quiverdb.values.value.DateValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.PointValue;
import org.quiverdb.values.value.StringValue;

/** A version 1 checkpoint written by an early build must stay loadable forever. */
class CheckpointFormatV1FixtureTest {
    private static byte[] fixture() throws IOException {
        try (InputStream in = CheckpointFormatV1FixtureTest.class.getResourceAsStream("/fixtures/checkpoint-v1.bin")) {
            return in.readAllBytes();
        }
    }

    @Test
    void version1CheckpointFixtureLoads() throws IOException {
        CheckpointReader reader = CheckpointReader.open(fixture(), Path.of("checkpoint.5"));
        assertThat(reader.header().txId()).isEqualTo(5);
        GraphStore store = new GraphStore();
        reader.loadInto(store);
        assertThat(store.tokens().name(TokenKind.LABEL, 0)).isEqualTo("Person");
        assertThat(ConsistencyChecker.check(store)).isEmpty();
        try (StoreView view = store.view(5, () -> {})) {
            assertThat(view.nodeLabels(0)).containsExactly(0);
            assertThat(view.nodeProperty(0, 0)).isEqualTo(StringValue.of("Ada"));
            assertThat(view.nodeProperty(0, 1)).isEqualTo(new DateValue(LocalDate.of(1815, 12, 10)));
            assertThat(view.nodeProperty(1, 0)).isEqualTo(ListValue.of(IntegerValue.of(1), IntegerValue.of(-2)));
            assertThat(view.relationshipEndNode(0)).isEqualTo(1);
            assertThat(view.relationshipProperty(0, 1)).isEqualTo(PointValue.of(4326, 12.5, 55.7));
            assertThat(view.countRelationships(0, 0, -1)).isEqualTo(1);
        }
    }

    @Test
    void anyFlippedBitIsDetected() throws IOException {
        byte[] original = fixture();
        for (int offset = 0; offset < original.length; offset++) {
            byte[] damaged = original.clone();
            damaged[offset] ^= 0x10;
            int at = offset;
            assertThatThrownBy(() -> CheckpointReader.open(damaged, Path.of("checkpoint.5")))
                    .as("flip at offset " + at)
                    .isInstanceOf(CorruptDataException.class);
        }
    }
}
