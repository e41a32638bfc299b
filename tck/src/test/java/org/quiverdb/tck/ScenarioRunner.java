package org.quiverdb.tck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.quiverdb.cypher.api.CypherEngine;
import org.quiverdb.cypher.api.CypherEngines;
import org.quiverdb.cypher.api.Procedure;
import org.quiverdb.cypher.api.QueryExecution;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.EmbeddedDatabases;
import org.quiverdb.kernel.api.GraphDatabase;
import org.quiverdb.kernel.api.KernelSettings;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.Value;

/**
 * Runs one TCK scenario against a fresh in-memory database: Given (graph setup, parameters,
 * procedures), When (the query, in its own transaction, committed), Then (result table, side
 * effects, expected error). Returns null on success or a one-line reason. A watchdog terminates a
 * query that runs past its time budget.
 */
final class ScenarioRunner {
    private static final long BUDGET_SECONDS = 20;

    private final ScheduledExecutorService watchdog;
    private Databases databases;
    private GraphDatabase db;
    private final Map<String, Value> parameters = new LinkedHashMap<>();
    private final List<Procedure> procedures = new ArrayList<>();
    private List<Value[]> rows;
    private List<String> columns;
    private QuiverException error;
    private GraphSnapshot before;
    private GraphSnapshot after;

    ScenarioRunner(ScheduledExecutorService watchdog) {
        this.watchdog = watchdog;
    }

    String run(Feature.Scenario scenario) {
        databases = EmbeddedDatabases.inMemory(KernelSettings.defaults());
        try {
            db = databases.database(databases.defaultDatabaseName());
            for (Feature.Step step : scenario.steps()) {
                String failure = step(step);
                if (failure != null) {
                    return failure;
                }
            }
            return error == null ? null : "unexpected error: " + oneLine(error);
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            return "runner: " + e.getClass().getSimpleName() + ": " + oneLine(e);
        } finally {
            databases.close();
        }
    }

    static String oneLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        String s = nl < 0 ? m : m.substring(0, nl);
        if (e instanceof QuiverException q) {
            s = q.status().code() + ": " + s;
        }
        return s.length() > 160 ? s.substring(0, 160) : s;
    }

    private String step(Feature.Step step) {
        String t = step.text();
        if (t.equals("an empty graph") || t.equals("any graph")) {
            return null;
        }
        if (t.startsWith("the ") && t.endsWith(" graph")) {
            String name = t.substring(4, t.length() - 6);
            execute(resource("graphs/" + name + "/" + name + ".cypher"), true);
            return error == null ? null : "graph setup failed: " + oneLine(error);
        }
        if (t.startsWith("having executed")) {
            execute(step.docString(), true);
            return error == null ? null : "setup query failed: " + oneLine(error);
        }
        if (t.startsWith("parameters are")) {
            for (List<String> row : step.table()) {
                parameters.put(row.get(0), TckValues.parse(row.get(1)));
            }
            return null;
        }
        if (t.startsWith("there exists a procedure")) {
            procedures.add(TckProcedures.parse(t, step.table()));
            return null;
        }
        if (t.startsWith("executing query") || t.startsWith("executing control query")) {
            before = snapshot();
            execute(step.docString(), false);
            after = snapshot();
            return null;
        }
        return Expectations.check(this, step);
    }

    private static String resource(String path) {
        try (InputStream in = ScenarioRunner.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing TCK resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private GraphSnapshot snapshot() {
        try (KernelTransaction tx = db.begin(TransactionConfig.DEFAULT)) {
            return GraphSnapshot.of(tx);
        }
    }

    private void execute(String query, boolean setup) {
        CypherEngine engine = CypherEngines.create(
                Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.UTC), new Random(1), procedures);
        rows = new ArrayList<>();
        columns = List.of();
        error = null;
        KernelTransaction tx = db.begin(TransactionConfig.DEFAULT);
        ScheduledFuture<?> timeout = watchdog.schedule(
                () -> tx.markForTermination(Status.TRANSACTION_TIMED_OUT), BUDGET_SECONDS, TimeUnit.SECONDS);
        try {
            QueryExecution ex = engine.execute(tx, query, new MapValue(setup ? Map.of() : parameters));
            columns = ex.fieldNames();
            for (Value[] r = ex.next(); r != null; r = ex.next()) {
                rows.add(r);
            }
            tx.commit();
        } catch (QuiverException e) {
            error = e;
        } finally {
            timeout.cancel(false);
            tx.close();
        }
    }

    List<Value[]> rows() {
        return rows;
    }

    List<String> columns() {
        return columns;
    }

    QuiverException error() {
        return error;
    }

    void clearError() {
        error = null;
    }

    Map<String, Integer> sideEffects() {
        return before == null ? Map.of() : before.diff(after);
    }
}
