package org.quiverdb.cypher.function;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.cypher.runtime.ExecutionContext;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.Value;

/**
 * The registry of scalar functions by lower-case name, with their arity. Lookup happens once at
 * plan time; an unknown name or a wrong argument count is a SemanticError. Immutable after class
 * initialisation; safe for concurrent use.
 */
public final class Functions {
    /** A scalar function body. Arguments are evaluated; null handling is the function's own. */
    @FunctionalInterface
    public interface Fn {
        Value apply(Value[] args, ExecutionContext ctx);
    }

    record Entry(int minArity, int maxArity, Fn fn) {}

    private static final Map<String, Entry> REGISTRY = new HashMap<>();

    static {
        GraphFunctions.register();
        ListFunctions.register();
        MathFunctions.register();
        StringFunctions.register();
        ConversionFunctions.register();
        TemporalFunctions.register();
    }

    private Functions() {}

    static void register(String name, int minArity, int maxArity, Fn fn) {
        REGISTRY.put(name.toLowerCase(Locale.ROOT), new Entry(minArity, maxArity, fn));
    }

    public static boolean exists(String name) {
        return REGISTRY.containsKey(name.toLowerCase(Locale.ROOT));
    }

    public static Fn lookup(String name, int arity) {
        Entry e = REGISTRY.get(name.toLowerCase(Locale.ROOT));
        if (e == null) {
            if (Aggregations.isAggregate(name)) {
                throw CypherErrors.semantic("Invalid use of aggregating function " + name + "(...) in this context");
            }
            throw new QuiverException(Status.STATEMENT_SEMANTIC_ERROR, "Unknown function '" + name + "'");
        }
        if (arity < e.minArity() || arity > e.maxArity()) {
            throw new QuiverException(
                    Status.STATEMENT_SEMANTIC_ERROR,
                    "Insufficient parameters for function '" + name + "': " + arity + " argument(s) (expected: "
                            + (e.minArity() == e.maxArity() ? e.minArity() : e.minArity() + ".." + e.maxArity()) + ")");
        }
        return e.fn();
    }
}
