package org.quiverdb.cypher.runtime;

import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.Value;

/** Factories for the runtime's client-visible errors, so messages keep one shape. Stateless. */
public final class CypherErrors {
    private CypherErrors() {}

    public static QuiverException typeError(String what, Value actual, String expected) {
        return new QuiverException(
                Status.STATEMENT_TYPE_ERROR,
                what + ": expected " + expected + " but was " + actual.typeName() + " (" + ValueText.of(actual) + ")");
    }

    public static QuiverException argument(String message) {
        return new QuiverException(Status.STATEMENT_ARGUMENT_ERROR, message);
    }

    public static QuiverException arithmetic(String message) {
        return new QuiverException(Status.STATEMENT_ARITHMETIC_ERROR, message);
    }

    public static QuiverException semantic(String message) {
        return new QuiverException(Status.STATEMENT_SEMANTIC_ERROR, message);
    }
}
