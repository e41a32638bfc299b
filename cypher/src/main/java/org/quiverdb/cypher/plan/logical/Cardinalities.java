package org.quiverdb.cypher.plan.logical;

/** The counts the planner's cost choices read (the kernel's counts store behind it). */
@FunctionalInterface
public interface Cardinalities {
    /** Nodes with {@code label}, or all nodes for null. */
    long nodes(String label);
}
