/**
 * The runtime's vocabulary: slotted rows ({@code Value[]} indexed by the slot each variable was
 * given at plan time), lazy row streams, compiled expressions, the per-execution context, and the
 * {@link org.quiverdb.cypher.api.QueryExecution} that pulls rows one at a time.
 */
package org.quiverdb.cypher.runtime;
