package org.quiverdb.kernel.tx;

import org.quiverdb.kernel.api.Direction;
import org.quiverdb.kernel.api.RelationshipCursor;

/**
 * A {@link RelationshipCursor} over a node's relationships already gathered from a transaction's
 * view, filtered by direction and types as it advances. Confined to one thread.
 */
final class RelationshipList implements RelationshipCursor {
    private final TxView view;
    private final long node;
    private final long[] ids;
    private final Direction direction;
    private final int[] types;
    private int index = -1;
    private int type;
    private long start;
    private long end;

    RelationshipList(TxView view, long node, long[] ids, Direction direction, int[] types) {
        this.view = view;
        this.node = node;
        this.ids = ids;
        this.direction = direction;
        this.types = types;
    }

    @Override
    public boolean next() {
        while (++index < ids.length) {
            long rel = ids[index];
            type = view.relationshipType(rel);
            start = view.relationshipStart(rel);
            end = view.relationshipEnd(rel);
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
        return ids[index];
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
