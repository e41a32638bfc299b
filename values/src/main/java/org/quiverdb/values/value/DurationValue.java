package org.quiverdb.values.value;

/**
 * A Cypher DURATION: months, days, seconds and nanoseconds kept apart (a month is not a fixed
 * number of days), as Neo4j and Bolt represent it. {@code nanos} is in {@code [0, 999_999_999]}
 * after normalisation of seconds and nanoseconds.
 */
public record DurationValue(long months, long days, long seconds, int nanos) implements Value {
    public DurationValue {
        if (nanos < 0 || nanos >= 1_000_000_000) {
            long carry = Math.floorDiv(nanos, 1_000_000_000);
            seconds = Math.addExact(seconds, carry);
            nanos = Math.floorMod(nanos, 1_000_000_000);
        }
    }

    @Override
    public String typeName() {
        return "DURATION";
    }

    @Override
    public boolean isStorable() {
        return true;
    }
}
