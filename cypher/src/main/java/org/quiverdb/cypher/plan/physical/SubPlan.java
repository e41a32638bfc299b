package org.quiverdb.cypher.plan.physical;

/** A plan nested in an expression or clause: its operator and the scope of the rows it yields. */
public record SubPlan(Operator operator, Scope scope) {}
