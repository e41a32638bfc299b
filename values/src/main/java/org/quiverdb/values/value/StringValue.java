package org.quiverdb.values.value;

import java.util.Objects;

/** A Cypher string. */
public record StringValue(String value) implements Value {
    public static final StringValue EMPTY = new StringValue("");

    public StringValue {
        Objects.requireNonNull(value, "value");
    }

    public static StringValue of(String value) {
        return value.isEmpty() ? EMPTY : new StringValue(value);
    }

    @Override
    public String typeName() {
        return "STRING";
    }

    @Override
    public boolean isStorable() {
        return true;
    }
}
