package org.quiverdb.cypher.api;

import java.util.List;
import org.quiverdb.values.value.Value;

/**
 * A procedure {@code CALL} can invoke: its qualified name, its input and output fields (name and
 * Cypher type, e.g. {@code INTEGER?}), and the body producing output rows (one value per output
 * field, in order). Immutable; the body must be safe for concurrent calls.
 */
public record Procedure(String name, List<Field> inputs, List<Field> outputs, Body body) {
    public Procedure {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** One input or output field. */
    public record Field(String name, String type) {}

    /** The procedure's implementation. */
    @FunctionalInterface
    public interface Body {
        /** The rows for these arguments (already checked for count). */
        List<Value[]> call(List<Value> arguments);
    }
}
