package org.quiverdb.storage.mvcc;

/**
 * The before-image of one entity as it was just before transaction {@link #commitTx} changed it:
 * what snapshots older than that transaction must still see. Chained newest first.
 *
 * <p>Addresses point into the store's record heap; a negative record address means the entity did
 * not exist. The {@code *Replaced} flags say whether the commit moved the entity to new records, in
 * which case the old ones are freed once no snapshot can see this version.
 *
 * <p>Guarded by the store's lock: written under its write lock, read under its read lock.
 */
public final class Version {
    public final long commitTx;
    public final long record;
    public final long adjacency;
    public final int degree;
    /** The commit changed labels, properties or existence (not only adjacency). */
    public boolean recordReplaced;

    public boolean adjacencyReplaced;
    /** The commit deleted the entity: its id returns to the pool when this version is reclaimed. */
    public boolean deletion;

    public Version older;

    public Version(long commitTx, long record, long adjacency, int degree, Version older) {
        this.commitTx = commitTx;
        this.record = record;
        this.adjacency = adjacency;
        this.degree = degree;
        this.older = older;
    }

    /** The version a snapshot at {@code snapshotTx} must read, or null when the current state is right. */
    public static Version visibleAt(Version newest, long snapshotTx) {
        Version hit = null;
        for (Version v = newest; v != null && v.commitTx > snapshotTx; v = v.older) {
            hit = v;
        }
        return hit;
    }

    /** True when a commit after {@code snapshotTx} changed labels, properties or existence. */
    public static boolean recordChangedAfter(Version newest, long snapshotTx) {
        for (Version v = newest; v != null && v.commitTx > snapshotTx; v = v.older) {
            if (v.recordReplaced) {
                return true;
            }
        }
        return false;
    }
}
