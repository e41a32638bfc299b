package org.quiverdb.cypher.plan.physical;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The variables visible at one point of a plan and their slots. Immutable. */
public record Scope(Map<String, Integer> slots) {
    public static final Scope EMPTY = new Scope(Map.of());

    public Scope {
        slots = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(slots));
    }

    public Scope with(String name, int slot) {
        Map<String, Integer> m = new LinkedHashMap<>(slots);
        m.put(name, slot);
        return new Scope(m);
    }

    public boolean has(String name) {
        return slots.containsKey(name);
    }

    /** The slot of {@code name}; the semantic phase guarantees it is bound. */
    public int slot(String name) {
        Integer s = slots.get(name);
        if (s == null) {
            throw new IllegalStateException("unbound variable after semantic analysis: " + name);
        }
        return s;
    }

    public Set<String> names() {
        return slots.keySet();
    }
}
