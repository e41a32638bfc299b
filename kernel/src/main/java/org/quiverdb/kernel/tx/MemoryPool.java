package org.quiverdb.kernel.tx;

import java.util.concurrent.atomic.AtomicLong;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;

/**
 * The memory all open transactions of a process may stage together ({@code
 * dbms.memory.transaction.total.max}); zero means unlimited. Thread-safe (atomic counter).
 */
public final class MemoryPool {
    private final long limit;
    private final AtomicLong used = new AtomicLong();

    public MemoryPool(long limit) {
        this.limit = limit;
    }

    void reserve(long bytes) {
        long now = used.addAndGet(bytes);
        if (limit > 0 && now > limit) {
            used.addAndGet(-bytes);
            throw new QuiverException(
                    Status.MEMORY_POOL_OUT_OF_MEMORY,
                    "The allocation of an extra " + MemoryTracker.format(bytes) + " would use more than the limit "
                            + MemoryTracker.format(limit) + ". Currently using " + MemoryTracker.format(now - bytes)
                            + ". dbms.memory.transaction.total.max threshold reached");
        }
    }

    void release(long bytes) {
        used.addAndGet(-bytes);
    }

    public long used() {
        return used.get();
    }
}
