package org.quiverdb.values.value;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A Cypher ZONED DATETIME. The zone is either a fixed offset ({@link ZoneOffset}) or a named
 * region ({@code Europe/Stockholm}); the two are different values even at the same instant, as in
 * Neo4j, and Bolt encodes them with different structures.
 */
public record DateTimeValue(ZonedDateTime value) implements Value {
    public DateTimeValue {
        Objects.requireNonNull(value, "value");
    }

    /** True when the zone is a fixed offset rather than a named region. */
    public boolean hasOffsetZone() {
        return value.getZone() instanceof ZoneOffset;
    }

    @Override
    public String typeName() {
        return "ZONED DATETIME";
    }

    @Override
    public boolean isStorable() {
        return true;
    }
}
