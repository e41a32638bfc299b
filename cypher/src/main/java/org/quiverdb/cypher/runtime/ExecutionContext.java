package org.quiverdb.cypher.runtime;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.quiverdb.cypher.api.Procedure;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.Value;

/**
 * Everything one execution needs besides its rows: the transaction, parameters, the row width,
 * write counters, clock and randomness, procedures, and token lookups cached for the execution.
 * Confined to the executing thread.
 */
public final class ExecutionContext {
    private final KernelTransaction tx;
    private final MapValue parameters;
    private final int width;
    private final Clock clock;
    private final Random random;
    private final Map<String, Procedure> procedures;
    private final StatisticsCounter statistics = new StatisticsCounter();
    private final Map<String, Integer> propertyKeys = new HashMap<>();
    private final Map<Integer, String> typeNames = new HashMap<>();
    private final java.time.Instant statementTime;
    private ProfileCounters profile;

    public ExecutionContext(
            KernelTransaction tx,
            MapValue parameters,
            int width,
            Clock clock,
            Random random,
            Map<String, Procedure> procedures) {
        this.tx = tx;
        this.parameters = parameters;
        this.width = width;
        this.clock = clock;
        this.random = random;
        this.procedures = procedures;
        this.statementTime = clock.instant();
    }

    /** Turns on PROFILE counting for this execution (before the first row is pulled). */
    public void profile(ProfileCounters counters) {
        this.profile = counters;
    }

    /** The PROFILE counters, or null when not profiling. */
    public ProfileCounters profile() {
        return profile;
    }

    /** Records one kernel read for the current operator; free when not profiling. */
    public void dbHit() {
        if (profile != null) {
            profile.dbHit();
        }
    }

    public KernelTransaction tx() {
        return tx;
    }

    public Value parameter(String name) {
        Value v = parameters.map().get(name);
        if (v == null) {
            throw new QuiverException(Status.STATEMENT_PARAMETER_MISSING, "Expected parameter(s): " + name);
        }
        return v;
    }

    public MapValue parameters() {
        return parameters;
    }

    public Value[] newRow() {
        Value[] row = new Value[width];
        java.util.Arrays.fill(row, org.quiverdb.values.value.NullValue.NULL);
        return row;
    }

    public StatisticsCounter statistics() {
        return statistics;
    }

    public Clock clock() {
        return clock;
    }

    /** The instant the statement started: what {@code timestamp()} and {@code datetime()} return. */
    public java.time.Instant statementTime() {
        return statementTime;
    }

    public Random random() {
        return random;
    }

    public Procedure procedure(String name) {
        return procedures.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** The property key token, NO_TOKEN when the key was never used (reads find nothing). */
    public int propertyKey(String name) {
        Integer t = propertyKeys.get(name);
        if (t == null || t == KernelTransaction.NO_TOKEN) {
            t = tx.propertyKeyToken(name);
            if (t != KernelTransaction.NO_TOKEN) {
                propertyKeys.put(name, t);
            }
        }
        return t;
    }

    public int propertyKeyOrCreate(String name) {
        int t = tx.propertyKeyTokenOrCreate(name);
        propertyKeys.put(name, t);
        return t;
    }

    public String typeName(int type) {
        return typeNames.computeIfAbsent(type, tx::relationshipTypeName);
    }

    /** A lightweight node reference: reads go through the transaction by id. */
    public NodeValue node(long id) {
        return new NodeValue(id, "", java.util.List.of(), MapValue.EMPTY);
    }

    public RelationshipValue relationship(long id, int type, long start, long end) {
        return new RelationshipValue(id, "", start, "", end, "", typeName(type), MapValue.EMPTY);
    }

    public RelationshipValue relationship(long id) {
        return relationship(id, tx.relationshipType(id), tx.relationshipStartNode(id), tx.relationshipEndNode(id));
    }
}
