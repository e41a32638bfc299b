/**
 * Third phase: semantic analysis of the AST — scopes and variable binding, the errors Neo4j
 * reports (undefined or redeclared variables, misplaced aggregations, invalid projections) with
 * status codes and positions.
 */
package org.quiverdb.cypher.semantic;
