package org.quiverdb.storage.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.quiverdb.storage.api.FsyncMode;
import org.quiverdb.storage.api.StorageEngine;
import org.quiverdb.storage.api.StorageSettings;
import org.quiverdb.storage.io.InMemoryFileSystem;

class DurableEngineContractTest extends StorageEngineContractTest {
    @Override
    StorageEngine newEngine() {
        return DurableEngines.open(
                Path.of("/db"),
                new StorageSettings(
                        new InMemoryFileSystem(),
                        FsyncMode.EVERY_COMMIT,
                        4096,
                        0,
                        Duration.ofHours(1),
                        1L << 40,
                        Clock.systemUTC()));
    }
}
