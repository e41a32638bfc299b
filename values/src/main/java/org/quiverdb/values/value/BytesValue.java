package org.quiverdb.values.value;

import java.util.Arrays;

/** A byte array (PackStream bytes, a storable property). The array is copied in and never exposed. */
public final class BytesValue implements Value {
    private final byte[] bytes;

    private BytesValue(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A value holding a copy of {@code bytes}. */
    public static BytesValue of(byte[] bytes) {
        return new BytesValue(bytes.clone());
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    public byte byteAt(int index) {
        return bytes[index];
    }

    @Override
    public String typeName() {
        return "BYTE ARRAY";
    }

    @Override
    public boolean isStorable() {
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BytesValue that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "BytesValue[length=" + bytes.length + "]";
    }
}
