package org.quiverdb.kernel.database;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Function;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.GraphDatabase;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.kernel.tx.MemoryPool;
import org.quiverdb.kernel.tx.TransactionReaper;
import org.quiverdb.storage.api.StorageEngine;

/**
 * The databases of one process: the default database and {@code system}, each with its own
 * engine, and the {@link TransactionReaper} that times out idle transactions of all of them. Names
 * are case-insensitive, as in Neo4j. Thread-safe: the map is built once and only read afterwards;
 * close is synchronized.
 */
public final class LocalDatabases implements Databases {
    public static final String SYSTEM = "system";

    private final Map<String, LocalDatabase> databases = new LinkedHashMap<>();
    private final String defaultName;
    private final TransactionReaper reaper;
    private final ScheduledFuture<?> reaping;
    private final ScheduledExecutorService ownScheduler;
    private boolean closed;

    /**
     * Opens the default database and {@code system} with engines made by {@code engines}; the
     * timeout reaper runs on a daemon thread of its own, stopped on close.
     */
    public LocalDatabases(KernelSettings settings, Function<String, StorageEngine> engines) {
        this(settings, engines, Executors.newSingleThreadScheduledExecutor(LocalDatabases::reaperThread), true);
    }

    /** As above, with the reaper on {@code scheduler}, which the caller owns and shuts down. */
    public LocalDatabases(
            KernelSettings settings, Function<String, StorageEngine> engines, ScheduledExecutorService scheduler) {
        this(settings, engines, scheduler, false);
    }

    private static Thread reaperThread(Runnable task) {
        Thread thread = new Thread(task, "quiver-transaction-reaper");
        thread.setDaemon(true);
        return thread;
    }

    private LocalDatabases(
            KernelSettings settings,
            Function<String, StorageEngine> engines,
            ScheduledExecutorService scheduler,
            boolean ownsScheduler) {
        this.ownScheduler = ownsScheduler ? scheduler : null;
        this.reaper = new TransactionReaper(settings.clock());
        this.defaultName = normalize(settings.defaultDatabase());
        List<String> names = new ArrayList<>(List.of(defaultName));
        if (!defaultName.equals(SYSTEM)) {
            names.add(SYSTEM);
        }
        MemoryPool pool = new MemoryPool(settings.transactionMemoryTotalMax());
        try {
            for (String name : names) {
                databases.put(name, new LocalDatabase(name, engines.apply(name), settings, pool));
            }
        } catch (RuntimeException e) {
            databases.values().forEach(LocalDatabase::close);
            if (ownScheduler != null) {
                ownScheduler.shutdownNow();
            }
            throw e;
        }
        databases.values().forEach(database -> reaper.watch(database.registry()));
        this.reaping = reaper.start(scheduler);
    }

    /** Times out overdue transactions now, as the scheduled reaper does; returns how many. */
    public int reapExpiredTransactions() {
        return reaper.reap();
    }

    private static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public GraphDatabase database(String name) {
        LocalDatabase database = name == null ? null : databases.get(normalize(name));
        if (database == null) {
            throw new QuiverException(
                    Status.DATABASE_NOT_FOUND, "Database does not exist. Database name: '" + name + "'.");
        }
        return database;
    }

    @Override
    public String defaultDatabaseName() {
        return defaultName;
    }

    @Override
    public List<String> names() {
        return List.copyOf(databases.keySet());
    }

    /** The engine behind a database, for tools and tests in this module's packages. */
    public StorageEngine engine(String name) {
        return ((LocalDatabase) database(name)).engine();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        reaping.cancel(false);
        if (ownScheduler != null) {
            ownScheduler.shutdownNow();
        }
        RuntimeException failure = null;
        for (LocalDatabase database : databases.values()) {
            try {
                database.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
