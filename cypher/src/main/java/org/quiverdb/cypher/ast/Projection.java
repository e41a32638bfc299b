package org.quiverdb.cypher.ast;

import java.util.List;

/** The body shared by WITH and RETURN; skip and limit are null when absent. */
public record Projection(
        boolean distinct,
        boolean star,
        List<ReturnItem> items,
        List<SortItem> orderBy,
        Expression skip,
        Expression limit) {
    public Projection {
        items = List.copyOf(items);
        orderBy = List.copyOf(orderBy);
    }
}
