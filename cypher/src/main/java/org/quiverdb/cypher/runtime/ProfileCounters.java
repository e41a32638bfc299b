package org.quiverdb.cypher.runtime;

/**
 * Rows and db hits per plan operator for one PROFILE execution. Operators are numbered at
 * planning; the profiling wrapper of the operator doing work marks itself {@link #enter current}
 * so kernel reads made on its behalf are charged to it (nested pulls restore the caller on exit).
 * Confined to the execution's thread.
 */
public final class ProfileCounters {
    private final long[] rows;
    private final long[] dbHits;
    private int current = -1;

    public ProfileCounters(int operators) {
        rows = new long[operators];
        dbHits = new long[operators];
    }

    /** Makes {@code operator} the one charged for db hits; returns the previous one for exit. */
    public int enter(int operator) {
        int previous = current;
        current = operator;
        return previous;
    }

    public void exit(int previous) {
        current = previous;
    }

    public void row(int operator) {
        rows[operator]++;
    }

    public void dbHit() {
        if (current >= 0) {
            dbHits[current]++;
        }
    }

    public long rows(int operator) {
        return rows[operator];
    }

    public long dbHits(int operator) {
        return dbHits[operator];
    }
}
