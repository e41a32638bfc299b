package org.quiverdb.cypher.api;

/** What a query changed, with Neo4j's counter names. Immutable; add with {@link #plus}. */
public record QueryStatistics(
        long nodesCreated,
        long nodesDeleted,
        long relationshipsCreated,
        long relationshipsDeleted,
        long propertiesSet,
        long labelsAdded,
        long labelsRemoved,
        long indexesAdded,
        long indexesRemoved,
        long constraintsAdded,
        long constraintsRemoved,
        long systemUpdates) {
    public static final QueryStatistics EMPTY = new QueryStatistics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** True when any counter except systemUpdates is non-zero. */
    public boolean containsUpdates() {
        return nodesCreated
                        + nodesDeleted
                        + relationshipsCreated
                        + relationshipsDeleted
                        + propertiesSet
                        + labelsAdded
                        + labelsRemoved
                        + indexesAdded
                        + indexesRemoved
                        + constraintsAdded
                        + constraintsRemoved
                > 0;
    }

    public boolean containsSystemUpdates() {
        return systemUpdates > 0;
    }

    public QueryStatistics plus(QueryStatistics o) {
        return new QueryStatistics(
                nodesCreated + o.nodesCreated,
                nodesDeleted + o.nodesDeleted,
                relationshipsCreated + o.relationshipsCreated,
                relationshipsDeleted + o.relationshipsDeleted,
                propertiesSet + o.propertiesSet,
                labelsAdded + o.labelsAdded,
                labelsRemoved + o.labelsRemoved,
                indexesAdded + o.indexesAdded,
                indexesRemoved + o.indexesRemoved,
                constraintsAdded + o.constraintsAdded,
                constraintsRemoved + o.constraintsRemoved,
                systemUpdates + o.systemUpdates);
    }
}
