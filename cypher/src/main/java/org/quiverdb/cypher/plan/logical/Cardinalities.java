package org.quiverdb.cypher.plan.logical;

/** The counts the planner's cost choices read (the kernel's counts store behind it). */
public interface Cardinalities {
    /** Nodes with {@code label}, or all nodes for null. */
    long nodes(String label);

    /**
     * Relationships (startLabel)-[type]->(endLabel), null meaning any at each place. The default
     * (for planners without a counts store) knows nothing and answers 0.
     */
    default long relationships(String startLabel, String type, String endLabel) {
        return 0;
    }
}
