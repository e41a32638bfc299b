package org.quiverdb.storage.engine;

import java.time.Clock;
import java.util.UUID;
import org.quiverdb.storage.api.StorageEngine;

class InMemoryEngineTest extends StorageEngineContractTest {
    @Override
    StorageEngine newEngine() {
        return GraphEngine.inMemory(UUID.randomUUID(), Clock.systemUTC());
    }
}
