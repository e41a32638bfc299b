package org.quiverdb.cypher.plan.physical;

import org.quiverdb.cypher.runtime.ExecutionContext;
import org.quiverdb.cypher.runtime.RowStream;
import org.quiverdb.values.value.Value;

/**
 * A physical operator: stateless and shareable (plans are cached), it opens a fresh lazy stream
 * for one execution. {@code argument} is the row the plan starts from: an empty row at the top,
 * the outer row inside OPTIONAL MATCH, MERGE, subqueries and pattern expressions.
 */
@FunctionalInterface
public interface Operator {
    RowStream open(ExecutionContext context, Value[] argument);
}
