package org.quiverdb.values.value;

/** A Cypher float: an IEEE 754 double, NaN and infinities included. */
public record FloatValue(double value) implements Value {
    public static FloatValue of(double value) {
        return new FloatValue(value);
    }

    @Override
    public String typeName() {
        return "FLOAT";
    }

    @Override
    public boolean isStorable() {
        return true;
    }
}
