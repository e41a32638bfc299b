package org.quiverdb.kernel.api;

import java.util.List;

/**
 * The databases one server hosts, each in its own folder under the data directory. Opening and
 * closing is the server lifecycle's job; everything else asks for a database by name.
 */
public interface Databases extends AutoCloseable {
    /** The database called {@code name}; fails with {@link Status#DATABASE_NOT_FOUND}. */
    GraphDatabase database(String name);

    /** The default database's name ({@code dbms.default_database}, {@code neo4j} by default). */
    String defaultDatabaseName();

    List<String> names();

    /** Closes every database cleanly: checkpoint, close logs. */
    @Override
    void close();
}
