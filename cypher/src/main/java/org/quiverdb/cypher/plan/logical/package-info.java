/**
 * Fourth phase: the logical plan — a tree of relational operators over named variables — and
 * the planner that builds it from the checked AST, choosing start points and expansion order
 * from the counts store (label counts), pushing filters down to where their variables are bound.
 */
package org.quiverdb.cypher.plan.logical;
