package org.quiverdb.bench.side;

import java.util.Map;

/** One Cypher statement with its parameters, as sent to both engines. Immutable. */
record Query(String text, Map<String, Object> parameters) {
    Query {
        parameters = Map.copyOf(parameters);
    }

    static Query of(String text) {
        return new Query(text, Map.of());
    }
}
