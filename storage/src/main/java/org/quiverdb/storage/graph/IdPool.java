package org.quiverdb.storage.graph;

/**
 * Hands out entity ids: reused ids first (freed once no snapshot can see the deleted entity, as
 * Neo4j reuses ids), then fresh ones above the high mark. Thread-safe (synchronized).
 */
public final class IdPool {
    private final LongStack free = new LongStack();
    private long next;

    public synchronized long reserve() {
        return free.isEmpty() ? next++ : free.pop();
    }

    /** Returns an id that was reserved but never committed, or whose entity is gone for good. */
    public synchronized void release(long id) {
        free.push(id);
    }

    /** Rebuilds the pool after loading: {@code inUse} tells which ids below {@code limit} are taken. */
    public synchronized void reset(long limit, java.util.function.LongPredicate inUse) {
        free.clear();
        next = limit;
        for (long id = limit - 1; id >= 0; id--) {
            if (!inUse.test(id)) {
                free.push(id);
            }
        }
    }

    /** Makes sure a replayed id is never handed out again. */
    public synchronized void markUsed(long id) {
        if (id >= next) {
            next = id + 1;
        }
    }

    public synchronized long highMark() {
        return next;
    }
}
