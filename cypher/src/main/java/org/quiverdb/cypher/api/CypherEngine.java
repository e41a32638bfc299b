package org.quiverdb.cypher.api;

import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.values.value.MapValue;

/**
 * Runs Cypher: parse, check, plan (cached by query text), and execute lazily inside a kernel
 * transaction owned by the caller. Safe for concurrent use; each execution is confined.
 */
public interface CypherEngine {
    /**
     * Starts executing {@code query} in {@code transaction}. Syntax and semantic errors are thrown
     * here as {@code QuiverException}s; runtime errors are thrown from {@link QueryExecution#next()}.
     */
    QueryExecution execute(KernelTransaction transaction, String query, MapValue parameters);
}
