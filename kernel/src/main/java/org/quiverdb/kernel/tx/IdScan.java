package org.quiverdb.kernel.tx;

import java.util.NoSuchElementException;
import java.util.function.LongPredicate;
import org.quiverdb.kernel.api.LongIterator;

/** Scans ids from 0 below a limit, yielding those a predicate accepts. Confined to one thread. */
final class IdScan implements LongIterator {
    private final long limit;
    private final LongPredicate accept;
    private long cursor = -1;
    private long nextId = -1;

    IdScan(long limit, LongPredicate accept) {
        this.limit = limit;
        this.accept = accept;
    }

    @Override
    public boolean hasNext() {
        if (nextId >= 0) {
            return true;
        }
        while (++cursor < limit) {
            if (accept.test(cursor)) {
                nextId = cursor;
                return true;
            }
        }
        return false;
    }

    @Override
    public long next() {
        if (!hasNext()) {
            throw new NoSuchElementException("id scan exhausted at " + limit);
        }
        long id = nextId;
        nextId = -1;
        return id;
    }
}
