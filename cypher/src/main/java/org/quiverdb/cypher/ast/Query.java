package org.quiverdb.cypher.ast;

import java.util.List;

/**
 * A whole statement: one or more single queries joined by UNION; {@code unionAll.get(i)} tells
 * whether part i+1 was joined with UNION ALL.
 */
public record Query(List<List<Clause>> parts, List<Boolean> unionAll) {
    public Query {
        parts = parts.stream().map(List::copyOf).toList();
        unionAll = List.copyOf(unionAll);
    }
}
