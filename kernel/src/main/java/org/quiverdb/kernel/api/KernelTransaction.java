package org.quiverdb.kernel.api;

import org.quiverdb.values.value.Value;

/**
 * One transaction on one database: reads see the snapshot as of {@link GraphDatabase#begin} plus
 * this transaction's own writes; writes are staged until {@link #commit()}.
 *
 * <p>Entities are addressed by long ids; tokens (labels, relationship types, property keys) by int
 * ids, {@link #NO_TOKEN} when a name is unknown. Reading an entity that does not exist in this
 * transaction's view fails with {@link Status#STATEMENT_ENTITY_NOT_FOUND}.
 *
 * <p>Confined to one thread at a time (a session may hand it between worker threads, never share it
 * concurrently). {@link #markForTermination} is the one method safe to call from any thread.
 */
public interface KernelTransaction extends AutoCloseable {
    int NO_TOKEN = -1;

    /** A handle id, unique while the database runs, for {@code SHOW/TERMINATE TRANSACTIONS}. */
    long handleId();

    TransactionConfig config();

    // ---- tokens ----

    int labelToken(String name);

    int labelTokenOrCreate(String name);

    String labelName(int token);

    int relationshipTypeToken(String name);

    int relationshipTypeTokenOrCreate(String name);

    String relationshipTypeName(int token);

    int propertyKeyToken(String name);

    int propertyKeyTokenOrCreate(String name);

    String propertyKeyName(int token);

    // ---- reads ----

    LongIterator allNodes();

    LongIterator nodesWithLabel(int label);

    LongIterator allRelationships();

    boolean nodeExists(long node);

    int[] nodeLabels(long node);

    boolean nodeHasLabel(long node, int label);

    /** The property, or {@code NullValue.NULL} when the node has none under {@code key}. */
    Value nodeProperty(long node, int key);

    int[] nodePropertyKeys(long node);

    /** The node's relationships in {@code direction}, restricted to {@code types} (empty = all). */
    RelationshipCursor relationships(long node, Direction direction, int[] types);

    int nodeDegree(long node, Direction direction, int[] types);

    boolean relationshipExists(long relationship);

    int relationshipType(long relationship);

    long relationshipStartNode(long relationship);

    long relationshipEndNode(long relationship);

    Value relationshipProperty(long relationship, int key);

    int[] relationshipPropertyKeys(long relationship);

    String nodeElementId(long node);

    String relationshipElementId(long relationship);

    /** The node id an element id names in this database, or -1 when it names none. */
    long nodeIdOfElementId(String elementId);

    /** The relationship id an element id names in this database, or -1 when it names none. */
    long relationshipIdOfElementId(String elementId);

    // ---- counts (exact, including this transaction's writes) ----

    /** Nodes with {@code label}, or all nodes for {@link #NO_TOKEN}. */
    long countNodes(int label);

    /** Relationships (startLabel)-[type]->(endLabel); {@link #NO_TOKEN} for any at each place. */
    long countRelationships(int startLabel, int type, int endLabel);

    // ---- writes ----

    long createNode(int[] labels);

    /** Adds a label; false if the node already had it. */
    boolean addLabel(long node, int label);

    /** Removes a label; false if the node did not have it. */
    boolean removeLabel(long node, int label);

    /** Sets a property (a storable, non-null value); returns the previous value or NULL. */
    Value setNodeProperty(long node, int key, Value value);

    /** Removes a property; returns the previous value or NULL. */
    Value removeNodeProperty(long node, int key);

    /** Deletes a node without relationships; fails with Neo4j's error when it still has some. */
    void deleteNode(long node);

    /** Deletes a node and its relationships; returns how many relationships were deleted. */
    int detachDeleteNode(long node);

    long createRelationship(long startNode, int type, long endNode);

    void deleteRelationship(long relationship);

    Value setRelationshipProperty(long relationship, int key, Value value);

    Value removeRelationshipProperty(long relationship, int key);

    // ---- end of life ----

    /** Makes the staged writes durable; returns the committed transaction id (the bookmark). */
    long commit();

    /** Discards the staged writes. */
    void rollback();

    /** Asks the transaction to stop at its next check: its next operation fails with {@code reason}. */
    void markForTermination(Status reason);

    boolean isOpen();

    /** Rolls back if neither committed nor rolled back. */
    @Override
    void close();
}
