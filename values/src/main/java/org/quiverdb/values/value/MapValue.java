package org.quiverdb.values.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Cypher map: string keys to values, iterated in insertion order. */
public record MapValue(Map<String, Value> map) implements Value {
    public static final MapValue EMPTY = new MapValue(Map.of());

    public MapValue {
        map = Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** The value under {@code key}, or {@link NullValue#NULL} when absent. */
    public Value get(String key) {
        Value v = map.get(key);
        return v == null ? NullValue.NULL : v;
    }

    public int size() {
        return map.size();
    }

    @Override
    public String typeName() {
        return "MAP";
    }
}
