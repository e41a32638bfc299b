package org.quiverdb.bolt.handshake;

import java.util.List;
import org.quiverdb.bolt.packstream.ValueDialect;

/**
 * A Bolt protocol version and what it implies. Immutable.
 *
 * @param major 1..5
 * @param minor the minor version (0 for 1, 2 and 3)
 */
public record BoltVersion(int major, int minor) implements Comparable<BoltVersion> {
    public static final BoltVersion V1 = new BoltVersion(1, 0);
    public static final BoltVersion V2 = new BoltVersion(2, 0);
    public static final BoltVersion V3 = new BoltVersion(3, 0);
    public static final BoltVersion V4_0 = new BoltVersion(4, 0);
    public static final BoltVersion V4_1 = new BoltVersion(4, 1);
    public static final BoltVersion V4_3 = new BoltVersion(4, 3);
    public static final BoltVersion V4_4 = new BoltVersion(4, 4);
    public static final BoltVersion V5_0 = new BoltVersion(5, 0);
    public static final BoltVersion V5_1 = new BoltVersion(5, 1);
    public static final BoltVersion V5_4 = new BoltVersion(5, 4);
    public static final BoltVersion V5_6 = new BoltVersion(5, 6);
    public static final BoltVersion V5_7 = new BoltVersion(5, 7);
    public static final BoltVersion V5_8 = new BoltVersion(5, 8);

    /** Every version this server speaks, newest first. 5.5 is left out, as Neo4j does. */
    public static final List<BoltVersion> SUPPORTED = List.of(
            V5_8,
            V5_7,
            V5_6,
            V5_4,
            new BoltVersion(5, 3),
            new BoltVersion(5, 2),
            V5_1,
            V5_0,
            V4_4,
            V4_3,
            new BoltVersion(4, 2),
            V4_1,
            V4_0,
            V3,
            V2,
            V1);

    public boolean isSupported() {
        return SUPPORTED.contains(this);
    }

    public boolean atLeast(BoltVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(BoltVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    /** Bolt 3 introduced HELLO, BEGIN/COMMIT/ROLLBACK, GOODBYE and the extra map on RUN. */
    public boolean hasTransactionMessages() {
        return major >= 3;
    }

    /** Bolt 4 introduced PULL/DISCARD with n and qid, has_more, and db. */
    public boolean hasStreamingBatches() {
        return major >= 4;
    }

    /** Bolt 5.1 moved authentication from HELLO to LOGON. */
    public boolean hasLogon() {
        return atLeast(V5_1);
    }

    /** Bolt 4.3 and 4.4 may opt in to UTC date-times with the {@code utc} patch. */
    public boolean acceptsUtcPatch() {
        return equals(V4_3) || equals(V4_4);
    }

    /** The value encoding; {@code utcPatched} only matters for 4.3/4.4. */
    public ValueDialect dialect(boolean utcPatched) {
        return new ValueDialect(major >= 2, major >= 5 || (utcPatched && acceptsUtcPatch()), major >= 5);
    }

    /** The slot form: {@code [00][range][minor][major]} as an int, range 0. */
    public int encode() {
        return (minor << 8) | major;
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
