package org.quiverdb.kernel.api;

/**
 * The relationships of one node, in a transaction's view. Call {@link #next()} until it returns
 * false; the accessors describe the current relationship. Confined to one thread.
 */
public interface RelationshipCursor {
    /** Moves to the next relationship; false when there is none. */
    boolean next();

    long relationshipId();

    int type();

    /** The relationship's start node. */
    long startNode();

    /** The relationship's end node. */
    long endNode();

    /** The node at the other end from the node this cursor expands (itself for a self-loop). */
    long otherNode();
}
