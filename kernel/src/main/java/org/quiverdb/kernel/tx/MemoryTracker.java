package org.quiverdb.kernel.tx;

import java.util.Locale;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.BytesValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/**
 * Estimates the memory one transaction stages and fails it with Neo4j's memory errors when it would
 * pass {@code dbms.memory.transaction.max} (zero means unlimited) or the shared pool, instead of
 * letting the JVM run out. Estimates are per staged change, in the order of what the staging maps
 * really hold. Confined to the transaction's thread; the pool is shared.
 */
final class MemoryTracker {
    static final long ENTITY = 160;
    static final long CHANGE = 96;

    private final long limit;
    private final MemoryPool pool;
    private long used;

    MemoryTracker(long limit, MemoryPool pool) {
        this.limit = limit;
        this.pool = pool;
    }

    void allocate(long bytes) {
        if (limit > 0 && used + bytes > limit) {
            throw new QuiverException(
                    Status.MEMORY_TRANSACTION_OUT_OF_MEMORY,
                    "The allocation of an extra " + format(bytes) + " would use more than the limit " + format(limit)
                            + ". Currently using " + format(used) + ". dbms.memory.transaction.max threshold reached");
        }
        pool.reserve(bytes);
        used += bytes;
    }

    static long sizeOf(Value value) {
        if (value instanceof StringValue s) {
            return 48 + 2L * s.value().length();
        }
        if (value instanceof BytesValue b) {
            return 32L + b.length();
        }
        if (value instanceof ListValue l) {
            long size = 40;
            for (Value element : l.values()) {
                size += 8 + sizeOf(element);
            }
            return size;
        }
        return 32;
    }

    /** Gives everything back to the pool (commit, rollback). */
    void releaseAll() {
        pool.release(used);
        used = 0;
    }

    long used() {
        return used;
    }

    static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
