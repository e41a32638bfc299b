package org.quiverdb.values.value;

/** Cypher's {@code null}: the one instance is {@link #NULL}. */
public enum NullValue implements Value {
    NULL;

    @Override
    public String typeName() {
        return "NULL";
    }

    @Override
    public boolean isNull() {
        return true;
    }
}
