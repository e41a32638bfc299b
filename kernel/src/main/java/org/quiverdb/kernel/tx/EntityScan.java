package org.quiverdb.kernel.tx;

import java.util.Collection;
import java.util.NoSuchElementException;
import java.util.function.LongPredicate;
import org.quiverdb.kernel.api.LongIterator;
import org.quiverdb.storage.api.StorageException;

/**
 * Scans a snapshot in chunks (one store lock per chunk, not per entity), drops what the
 * transaction's view rejects, and merges in the extra ids the transaction itself added, so ids come
 * out ascending. Confined to one thread.
 */
final class EntityScan implements LongIterator {
    /** Fills a chunk from an id on; returns how many were filled. */
    @FunctionalInterface
    interface ChunkSource {
        int fill(long fromId, long[] out);
    }

    private static final int CHUNK = 1024;

    private final ChunkSource source;
    private final LongPredicate keep;
    private final long[] extra;
    private final long[] chunk = new long[CHUNK];
    private int size;
    private int index;
    private int extraIndex;
    private long nextFrom;
    private boolean snapshotDone;
    private long snapshotNext = -1;
    private long nextId = -1;

    EntityScan(ChunkSource source, LongPredicate keep, Collection<Long> extra) {
        this.source = source;
        this.keep = keep;
        this.extra = extra.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** The next kept snapshot id, or -1 when the snapshot is exhausted. */
    private long peekSnapshot() {
        while (snapshotNext < 0) {
            if (index < size) {
                long id = chunk[index++];
                if (keep.test(id)) {
                    snapshotNext = id;
                }
            } else if (!snapshotDone) {
                size = fill();
                index = 0;
                snapshotDone = size < CHUNK;
                if (size > 0) {
                    nextFrom = chunk[size - 1] + 1;
                }
            } else {
                return -1;
            }
        }
        return snapshotNext;
    }

    private int fill() {
        try {
            return source.fill(nextFrom, chunk);
        } catch (StorageException e) {
            throw StorageFailures.toStatus(e);
        }
    }

    @Override
    public boolean hasNext() {
        if (nextId >= 0) {
            return true;
        }
        long fromSnapshot = peekSnapshot();
        long fromExtra = extraIndex < extra.length ? extra[extraIndex] : -1;
        if (fromSnapshot < 0 && fromExtra < 0) {
            return false;
        }
        if (fromExtra < 0 || (fromSnapshot >= 0 && fromSnapshot < fromExtra)) {
            nextId = fromSnapshot;
            snapshotNext = -1;
        } else {
            nextId = fromExtra;
            extraIndex++;
            if (fromSnapshot == fromExtra) {
                snapshotNext = -1;
            }
        }
        return true;
    }

    @Override
    public long next() {
        if (!hasNext()) {
            throw new NoSuchElementException("entity scan exhausted");
        }
        long id = nextId;
        nextId = -1;
        return id;
    }
}
