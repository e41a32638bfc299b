package org.quiverdb.cypher.runtime;

import org.quiverdb.cypher.api.QueryStatistics;

/** Mutable counters of one execution's writes. Confined to the executing thread. */
public final class StatisticsCounter {
    public long nodesCreated;
    public long nodesDeleted;
    public long relationshipsCreated;
    public long relationshipsDeleted;
    public long propertiesSet;
    public long labelsAdded;
    public long labelsRemoved;

    public QueryStatistics snapshot() {
        return new QueryStatistics(
                nodesCreated,
                nodesDeleted,
                relationshipsCreated,
                relationshipsDeleted,
                propertiesSet,
                labelsAdded,
                labelsRemoved,
                0,
                0,
                0,
                0,
                0);
    }

    public boolean hasWrites() {
        return snapshot().containsUpdates();
    }
}
