package org.quiverdb.bench.side;

/**
 * What loading the dataset cost one engine. Immutable.
 *
 * @param engine "quiver" or "neo4j"
 * @param loadSeconds wall time of the load through Bolt
 * @param heapBeforeLoad heap in use after a full GC, once started and empty
 * @param heapAfterLoad heap in use after a full GC, once loaded
 * @param bytesPerEntity heap growth per node and relationship loaded (Neo4j's page cache is off
 *     heap and not in this figure)
 * @param diskBytes the size of the server's data folder (stores, transaction logs) after the load
 */
record EngineLoad(
        String engine,
        double loadSeconds,
        long heapBeforeLoad,
        long heapAfterLoad,
        double bytesPerEntity,
        long diskBytes) {}
