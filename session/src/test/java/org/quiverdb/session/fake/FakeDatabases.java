package org.quiverdb.session.fake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.GraphDatabase;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;

/** Databases fake: {@code neo4j} (the default) and {@code system}, plus any added. */
public final class FakeDatabases implements Databases {
    private final Map<String, FakeGraphDatabase> databases = new LinkedHashMap<>();

    public FakeDatabases() {
        add("neo4j");
        add("system");
    }

    public synchronized FakeGraphDatabase add(String name) {
        return databases.computeIfAbsent(name, FakeGraphDatabase::new);
    }

    public synchronized FakeGraphDatabase fake(String name) {
        return databases.get(name);
    }

    @Override
    public synchronized GraphDatabase database(String name) {
        FakeGraphDatabase db = databases.get(name);
        if (db == null) {
            throw new QuiverException(
                    Status.DATABASE_NOT_FOUND, "Database does not exist. Database name: '" + name + "'.");
        }
        return db;
    }

    @Override
    public String defaultDatabaseName() {
        return "neo4j";
    }

    @Override
    public synchronized List<String> names() {
        return List.copyOf(databases.keySet());
    }

    @Override
    public void close() {}
}
