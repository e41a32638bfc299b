package org.quiverdb.http.endpoint;

/**
 * Which database a transactional request addresses and under which path its transactions live.
 *
 * @param database the database name, or {@code null} for the default database (3.x paths)
 * @param basePath {@code /db/neo4j/tx} or {@code /db/data/transaction}
 * @param legacy true for the 3.x paths, whose answers carry no bookmarks
 */
public record TxTarget(String database, String basePath, boolean legacy) {
    /** The Neo4j 4+/5 paths of database {@code database}. */
    public static TxTarget of(String database) {
        return new TxTarget(database, "/db/" + database + "/tx", false);
    }

    /** The 3.x paths on the default database. */
    public static TxTarget legacyPaths() {
        return new TxTarget(null, "/db/data/transaction", true);
    }
}
