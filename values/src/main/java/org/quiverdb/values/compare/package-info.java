/**
 * Cypher's comparison semantics over values: ternary equality ({@code =}), equivalence (DISTINCT,
 * grouping keys), comparability ({@code <}) and the total order ORDER BY uses across types.
 */
package org.quiverdb.values.compare;
