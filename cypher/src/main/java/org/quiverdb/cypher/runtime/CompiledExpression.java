package org.quiverdb.cypher.runtime;

import org.quiverdb.values.value.Value;

/** An expression with its variables resolved to slots; evaluated against one row. Stateless. */
@FunctionalInterface
public interface CompiledExpression {
    Value evaluate(Value[] row, ExecutionContext context);
}
