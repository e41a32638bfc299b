package org.quiverdb.values.value;

import java.time.LocalTime;
import java.util.Objects;

/** A Cypher LOCAL TIME. */
public record LocalTimeValue(LocalTime value) implements Value {
    public LocalTimeValue {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String typeName() {
        return "LOCAL TIME";
    }

    @Override
    public boolean isStorable() {
        return true;
    }
}
