package org.quiverdb.values.value;

/** A Cypher integer: a signed 64-bit value. */
public record IntegerValue(long value) implements Value {
    private static final IntegerValue[] SMALL = new IntegerValue[256];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new IntegerValue(i - 128);
        }
    }

    /** The value for {@code value}, shared for small integers. */
    public static IntegerValue of(long value) {
        if (value >= -128 && value < 128) {
            return SMALL[(int) value + 128];
        }
        return new IntegerValue(value);
    }

    @Override
    public String typeName() {
        return "INTEGER";
    }

    @Override
    public boolean isStorable() {
        return true;
    }
}
