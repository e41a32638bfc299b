package org.quiverdb.cypher.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** A bounded least-recently-used cache of plans by query text. Safe: guarded by its own lock. */
final class PlanCache {
    private final Map<String, ExecutionPlan> plans;

    PlanCache(int capacity) {
        this.plans = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ExecutionPlan> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized ExecutionPlan get(String query) {
        return plans.get(query);
    }

    synchronized void put(String query, ExecutionPlan plan) {
        plans.put(query, plan);
    }
}
