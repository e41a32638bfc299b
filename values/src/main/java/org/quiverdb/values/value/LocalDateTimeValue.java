package org.quiverdb.values.value;

import java.time.LocalDateTime;
import java.util.Objects;

/** A Cypher LOCAL DATETIME. */
public record LocalDateTimeValue(LocalDateTime value) implements Value {
    public LocalDateTimeValue {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String typeName() {
        return "LOCAL DATETIME";
    }

    @Override
    public boolean isStorable() {
        return true;
    }
}
