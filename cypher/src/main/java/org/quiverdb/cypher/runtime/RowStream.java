package org.quiverdb.cypher.runtime;

import org.quiverdb.values.value.Value;

/**
 * A lazy source of slotted rows: each {@link #next()} does only the work for one row. A row array
 * handed out is owned by the receiver (streams never mutate a row after returning it). Confined.
 */
public interface RowStream {
    /** The next row, or null when exhausted. */
    Value[] next();

    /** A stream of no rows. */
    RowStream EMPTY = () -> null;

    /** A stream of exactly {@code row}. */
    static RowStream of(Value[] row) {
        return new RowStream() {
            private boolean done;

            @Override
            public Value[] next() {
                if (done) {
                    return null;
                }
                done = true;
                return row;
            }
        };
    }
}
