package org.quiverdb.cypher.plan.physical;

import java.util.List;
import org.quiverdb.cypher.runtime.RowStream;
import org.quiverdb.values.value.Value;

/** Streams rows already materialised in a list (after sorting, grouping, eager steps). Confined. */
final class ListStream implements RowStream {
    private final List<Value[]> rows;
    private int next;

    ListStream(List<Value[]> rows) {
        this.rows = rows;
    }

    @Override
    public Value[] next() {
        if (next >= rows.size()) {
            return null;
        }
        Value[] row = rows.get(next);
        rows.set(next++, null);
        return row;
    }
}
