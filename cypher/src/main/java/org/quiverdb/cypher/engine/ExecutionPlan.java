package org.quiverdb.cypher.engine;

import java.util.List;
import org.quiverdb.cypher.api.QueryType;
import org.quiverdb.cypher.plan.physical.Operator;

/**
 * A compiled statement: the root operator, the row width, the result columns and their slots, and
 * the query type. Immutable and shared between executions (operators are stateless).
 */
final class ExecutionPlan {
    private final Operator root;
    private final int width;
    private final List<String> columns;
    private final int[] columnSlots;
    private final QueryType type;

    ExecutionPlan(Operator root, int width, List<String> columns, int[] columnSlots, QueryType type) {
        this.root = root;
        this.width = width;
        this.columns = List.copyOf(columns);
        this.columnSlots = columnSlots.clone();
        this.type = type;
    }

    Operator root() {
        return root;
    }

    int width() {
        return width;
    }

    List<String> columns() {
        return columns;
    }

    int columnSlot(int i) {
        return columnSlots[i];
    }

    QueryType type() {
        return type;
    }
}
