package org.quiverdb.values.value;

import java.time.OffsetTime;
import java.util.Objects;

/** A Cypher ZONED TIME: a time of day with a UTC offset. */
public record TimeValue(OffsetTime value) implements Value {
    public TimeValue {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String typeName() {
        return "ZONED TIME";
    }

    @Override
    public boolean isStorable() {
        return true;
    }
}
