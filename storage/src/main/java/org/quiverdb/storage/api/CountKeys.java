package org.quiverdb.storage.api;

/**
 * The keys of the counts store, packed into longs: nodes per label, and relationships per
 * (start label, type, end label) with at most one label bound. {@link #ANY} is the wildcard.
 */
public final class CountKeys {
    /** The wildcard token. Same value as the kernel's NO_TOKEN. */
    public static final int ANY = -1;

    private static final long NODE_FLAG = 1L << 62;

    private CountKeys() {}

    public static long node(int label) {
        return NODE_FLAG | (label + 1L);
    }

    public static long relationship(int startLabel, int type, int endLabel) {
        return ((startLabel + 1L) << 42) | ((type + 1L) << 21) | (endLabel + 1L);
    }
}
