package org.quiverdb.storage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiverdb.storage.api.Command;
import org.quiverdb.storage.api.FsyncMode;
import org.quiverdb.storage.api.StorageEngine;
import org.quiverdb.storage.api.StorageSettings;
import org.quiverdb.storage.checkpoint.Checkpoints;
import org.quiverdb.storage.io.InMemoryFileSystem;

class BackgroundCheckpointTest {
    @Test
    void logVolumeTriggersACheckpointWhileWritersGoOn() throws Exception {
        InMemoryFileSystem fs = new InMemoryFileSystem();
        Path dir = Path.of("/db");
        StorageSettings settings = new StorageSettings(
                fs, FsyncMode.EVERY_COMMIT, 1 << 20, 0, Duration.ofHours(1), 2048, Clock.systemUTC());
        try (StorageEngine engine = DurableEngines.open(dir, settings)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int commits = 0;
            while (Checkpoints.list(fs, dir).get(0) == 0 && System.nanoTime() < deadline && commits < 100_000) {
                long node = engine.reserveNodeId();
                engine.commit(engine.lastCommittedTransactionId(), List.of(new Command.CreateNode(node)));
                commits++;
            }
            assertThat(Checkpoints.list(fs, dir).get(0)).isPositive();
            assertThat(engine.checkConsistency()).isEmpty();
        }
    }
}
