package org.quiverdb.cypher.function;

import org.quiverdb.values.value.Value;

/** The running state of one aggregate for one group. Confined to the aggregating operator. */
public interface Aggregator {
    /** Adds one row's argument values (null arguments are the aggregator's concern). */
    void add(Value[] arguments);

    Value result();
}
