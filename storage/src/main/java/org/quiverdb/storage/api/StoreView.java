package org.quiverdb.storage.api;

import org.quiverdb.values.value.Value;

/**
 * The committed graph as of one transaction id (a snapshot): later commits are invisible to it.
 * While a view is open, the versions it needs are kept; close it promptly. Reading an entity that
 * does not exist in the snapshot returns empty results (no labels, NULL properties, -1 ends).
 *
 * <p>Confined to one thread at a time; many views may be used concurrently with commits.
 */
public interface StoreView extends AutoCloseable {
    /** The id of the newest transaction this view sees. */
    long transactionId();

    /** Exclusive upper bound of node ids that may exist in this view. */
    long nodeIdLimit();

    /** Exclusive upper bound of relationship ids that may exist in this view. */
    long relationshipIdLimit();

    boolean nodeExists(long node);

    /**
     * Fills {@code out} with the ascending ids, from {@code fromId} on, of nodes in this view that
     * have {@code label} ({@link CountKeys#ANY}: every node); returns how many. A count below
     * {@code out.length} means the scan is complete. One lock acquisition per chunk.
     */
    int scanNodes(long fromId, int label, long[] out);

    /** As {@link #scanNodes} for relationships, of any type. */
    int scanRelationships(long fromId, long[] out);

    /** The node's labels, ascending. */
    int[] nodeLabels(long node);

    Value nodeProperty(long node, int key);

    /** The node's property keys, ascending. */
    int[] nodePropertyKeys(long node);

    /** The ids of every relationship starting or ending at the node (a self-loop once). */
    long[] nodeRelationships(long node);

    /**
     * The node's relationships with their data in one read: four longs per relationship (id,
     * type, start node, end node), a self-loop once.
     */
    long[] expand(long node);

    /**
     * As {@link #expand(long)}, reading only the node's groups of the given directions and types
     * ({@code types} null: any type); a self-loop matches either direction and appears once.
     */
    long[] expand(long node, boolean outgoing, boolean incoming, int[] types);

    /** How many relationships {@link #expand(long, boolean, boolean, int[])} would return. */
    int degree(long node, boolean outgoing, boolean incoming, int[] types);

    boolean relationshipExists(long relationship);

    int relationshipType(long relationship);

    long relationshipStartNode(long relationship);

    long relationshipEndNode(long relationship);

    Value relationshipProperty(long relationship, int key);

    int[] relationshipPropertyKeys(long relationship);

    /** Nodes with {@code label}, or all nodes for {@link CountKeys#ANY}. */
    long countNodes(int label);

    /**
     * Relationships (start)-[type]->(end) where at most one of the labels is bound; {@link
     * CountKeys#ANY} matches anything.
     */
    long countRelationships(int startLabel, int type, int endLabel);

    @Override
    void close();
}
