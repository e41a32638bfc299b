package org.quiverdb.storage.format;

import java.nio.charset.StandardCharsets;

/**
 * A bounds-checked reader over a byte range, the decoding twin of {@link BytesOut}. Every read
 * checks the remaining length first and fails with {@link CorruptDataException} instead of reading
 * past the end or allocating an absurd array. Not thread-safe.
 */
public final class BytesIn {
    private final byte[] bytes;
    private final int end;
    private int position;

    public BytesIn(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.position = offset;
        this.end = offset + length;
    }

    public static BytesIn of(byte[] bytes) {
        return new BytesIn(bytes, 0, bytes.length);
    }

    public int position() {
        return position;
    }

    public int remaining() {
        return end - position;
    }

    public boolean hasRemaining() {
        return position < end;
    }

    private void require(int count) {
        if (count < 0 || end - position < count) {
            throw new CorruptDataException(
                    "read of " + count + " bytes at offset " + position + " (expected: <= " + (end - position) + ")");
        }
    }

    public int readByte() {
        require(1);
        return bytes[position++] & 0xFF;
    }

    public int readInt() {
        require(4);
        int v = ((bytes[position] & 0xFF) << 24)
                | ((bytes[position + 1] & 0xFF) << 16)
                | ((bytes[position + 2] & 0xFF) << 8)
                | (bytes[position + 3] & 0xFF);
        position += 4;
        return v;
    }

    public long readLong() {
        long high = readInt() & 0xFFFFFFFFL;
        return (high << 32) | (readInt() & 0xFFFFFFFFL);
    }

    public byte[] readBytes(int length) {
        require(length);
        byte[] out = new byte[length];
        System.arraycopy(bytes, position, out, 0, length);
        position += length;
        return out;
    }

    public void skip(int length) {
        require(length);
        position += length;
    }

    public long readVarLong() {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new CorruptDataException("varint at offset " + position + " longer than 10 bytes (expected: <= 10)");
    }

    public int readVarInt() {
        long v = readVarLong();
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw new CorruptDataException(
                    "int " + v + " at offset " + position + " (expected: 0.." + Integer.MAX_VALUE + ")");
        }
        return (int) v;
    }

    public long readSignedVarLong() {
        long v = readVarLong();
        return (v >>> 1) ^ -(v & 1);
    }

    public String readString() {
        int length = readVarInt();
        require(length);
        String s = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return s;
    }
}
