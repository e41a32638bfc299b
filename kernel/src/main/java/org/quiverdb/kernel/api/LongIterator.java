package org.quiverdb.kernel.api;

/** An iterator over primitive ids, so scans allocate nothing per entity. Confined to one thread. */
public interface LongIterator {
    boolean hasNext();

    long next();
}
