package org.quiverdb.bolt.packstream;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * Writes PackStream primitives into a buffer, always choosing the smallest form (see {@link
 * PackStreamFormat}). Confined to one thread.
 */
public final class PackStreamWriter {
    private final ByteBuf out;

    public PackStreamWriter(ByteBuf out) {
        this.out = out;
    }

    public ByteBuf buffer() {
        return out;
    }

    public void writeNull() {
        out.writeByte(PackStreamFormat.NULL);
    }

    public void writeBoolean(boolean value) {
        out.writeByte(value ? PackStreamFormat.TRUE : PackStreamFormat.FALSE);
    }

    public void writeInt(long value) {
        if (value >= -16 && value <= 127) {
            out.writeByte((int) value);
        } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            out.writeByte(PackStreamFormat.INT_8).writeByte((int) value);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            out.writeByte(PackStreamFormat.INT_16).writeShort((int) value);
        } else if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            out.writeByte(PackStreamFormat.INT_32).writeInt((int) value);
        } else {
            out.writeByte(PackStreamFormat.INT_64).writeLong(value);
        }
    }

    public void writeFloat(double value) {
        out.writeByte(PackStreamFormat.FLOAT_64).writeDouble(value);
    }

    public void writeString(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeHeader(
                utf8.length,
                PackStreamFormat.TINY_STRING,
                PackStreamFormat.STRING_8,
                PackStreamFormat.STRING_16,
                PackStreamFormat.STRING_32);
        out.writeBytes(utf8);
    }

    public void writeBytes(byte[] value) {
        int size = value.length;
        if (size <= 0xFF) {
            out.writeByte(PackStreamFormat.BYTES_8).writeByte(size);
        } else if (size <= 0xFFFF) {
            out.writeByte(PackStreamFormat.BYTES_16).writeShort(size);
        } else {
            out.writeByte(PackStreamFormat.BYTES_32).writeInt(size);
        }
        out.writeBytes(value);
    }

    public void writeListHeader(int size) {
        writeHeader(
                size,
                PackStreamFormat.TINY_LIST,
                PackStreamFormat.LIST_8,
                PackStreamFormat.LIST_16,
                PackStreamFormat.LIST_32);
    }

    public void writeMapHeader(int size) {
        writeHeader(
                size,
                PackStreamFormat.TINY_MAP,
                PackStreamFormat.MAP_8,
                PackStreamFormat.MAP_16,
                PackStreamFormat.MAP_32);
    }

    /** A structure of {@code fields} (0..15) fields with {@code tag}. */
    public void writeStructHeader(int fields, int tag) {
        if (fields < 0 || fields > 15) {
            throw new IllegalArgumentException("structure fields: " + fields + " (expected: 0..15)");
        }
        out.writeByte(PackStreamFormat.TINY_STRUCT | fields).writeByte(tag);
    }

    private void writeHeader(int size, int tiny, int m8, int m16, int m32) {
        if (size < 16) {
            out.writeByte(tiny | size);
        } else if (size <= 0xFF) {
            out.writeByte(m8).writeByte(size);
        } else if (size <= 0xFFFF) {
            out.writeByte(m16).writeShort(size);
        } else {
            out.writeByte(m32).writeInt(size);
        }
    }
}
