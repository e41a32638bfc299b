package org.quiverdb.values.value;

import java.time.LocalDate;
import java.util.Objects;

/** A Cypher DATE. */
public record DateValue(LocalDate value) implements Value {
    public DateValue {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String typeName() {
        return "DATE";
    }

    @Override
    public boolean isStorable() {
        return true;
    }
}
