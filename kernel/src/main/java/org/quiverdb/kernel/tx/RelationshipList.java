package org.quiverdb.kernel.tx;

import org.quiverdb.kernel.api.Direction;
import org.quiverdb.kernel.api.RelationshipCursor;

/**
 * A {@link RelationshipCursor} over a node's relationships gathered from a transaction's view in
 * one read (four longs each: id, type, start, end), filtered by direction and types as it
 * advances. Confined to one thread.
 */
final class RelationshipList implements RelationshipCursor {
    private final long node;
    private final long[] entries;
    private final Direction direction;
    private final int[] types;
    private int index = -1;
    private int type;
    private long start;
    private long end;

    RelationshipList(long node, long[] entries, Direction direction, int[] types) {
        this.node = node;
        this.entries = entries;
        this.direction = direction;
        this.types = types;
    }

    @Override
    public boolean next() {
        while (++index < entries.length / 4) {
            type = (int) entries[4 * index + 1];
            start = entries[4 * index + 2];
            end = entries[4 * index + 3];
            if (matchesDirection() && matchesType()) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesDirection() {
        return switch (direction) {
            case OUTGOING -> start == node;
            case INCOMING -> end == node;
            case BOTH -> true;
        };
    }

    private boolean matchesType() {
        if (types.length == 0) {
            return true;
        }
        for (int t : types) {
            if (t == type) {
                return true;
            }
        }
        return false;
    }

    @Override
    public long relationshipId() {
        return entries[4 * index];
    }

    @Override
    public int type() {
        return type;
    }

    @Override
    public long startNode() {
        return start;
    }

    @Override
    public long endNode() {
        return end;
    }

    @Override
    public long otherNode() {
        return start == node ? end : start;
    }
}
