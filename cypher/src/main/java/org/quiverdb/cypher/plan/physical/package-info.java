/**
 * Physical planning and operators: variables get slot offsets, expressions are compiled against
 * them, and each logical operator becomes an {@link org.quiverdb.cypher.plan.physical.Operator}
 * that opens a lazy {@link org.quiverdb.cypher.runtime.RowStream}.
 */
package org.quiverdb.cypher.plan.physical;
