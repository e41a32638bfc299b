package org.quiverdb.cypher.plan.physical;

import java.util.function.Function;
import org.quiverdb.cypher.runtime.RowStream;
import org.quiverdb.values.value.Value;

/**
 * Lazily concatenates, for each row of a source, the rows a function opens for it: the shape of
 * every per-row operator (scans under an argument, expands, unwinds, nested plans). Confined.
 */
final class FlatMapStream implements RowStream {
    private final RowStream source;
    private final Function<Value[], RowStream> expand;
    private RowStream current = RowStream.EMPTY;

    FlatMapStream(RowStream source, Function<Value[], RowStream> expand) {
        this.source = source;
        this.expand = expand;
    }

    @Override
    public Value[] next() {
        while (true) {
            Value[] row = current.next();
            if (row != null) {
                return row;
            }
            Value[] in = source.next();
            if (in == null) {
                return null;
            }
            current = expand.apply(in);
        }
    }
}
