package org.quiverdb.storage.api;

import java.time.Clock;
import java.util.UUID;
import org.quiverdb.storage.engine.GraphEngine;

/** Opens storage engines. The one class other modules construct storage through. */
public final class Storage {
    private Storage() {}

    /** An engine without files (tests, scratch databases): everything is lost on close. */
    public static StorageEngine inMemory(Clock clock) {
        return GraphEngine.inMemory(UUID.randomUUID(), clock);
    }
}
