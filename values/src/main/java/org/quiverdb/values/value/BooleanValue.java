package org.quiverdb.values.value;

/** A Cypher boolean. Use {@link #TRUE}, {@link #FALSE} or {@link #of(boolean)}. */
public enum BooleanValue implements Value {
    FALSE,
    TRUE;

    public static BooleanValue of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public boolean booleanValue() {
        return this == TRUE;
    }

    @Override
    public String typeName() {
        return "BOOLEAN";
    }

    @Override
    public boolean isStorable() {
        return true;
    }
}
