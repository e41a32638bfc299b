package org.quiverdb.cypher.plan.physical;

import org.quiverdb.cypher.runtime.ExecutionContext;
import org.quiverdb.values.value.Value;

/** One compiled SET / REMOVE item applied to a row. Stateless. */
@FunctionalInterface
interface UpdateAction {
    void apply(Value[] row, ExecutionContext ctx);
}
