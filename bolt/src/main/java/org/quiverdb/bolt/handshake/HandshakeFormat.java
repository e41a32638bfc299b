package org.quiverdb.bolt.handshake;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of the Bolt handshake. Integers are big-endian.
 *
 * <pre>
 * client → server, 20 bytes:
 *   offset size  field
 *     0     4    magic 60 60 B0 17
 *     4    4×4   four proposals, each [00][range][minor][major]: minors minor-range .. minor
 *                 of major; 00 00 00 00 is an empty slot; 00 00 01 FF asks for manifest v1
 * server → client, legacy: 4 bytes [00][00][minor][major] of the chosen version, or 00 00 00 00
 * server → client, manifest v1, in one write:
 *   00 00 01 FF, varint n, n × 4-byte ranges as above, varint capabilities (0)
 * client → server after a manifest: 4-byte chosen version (range 0), varint capabilities
 * </pre>
 *
 * Varints hold 7 bits per byte, least significant group first, high bit set on every byte but
 * the last. Example: a Java 5.28 driver sends {@code 6060B017 000001FF 00080805 00020404 00000003}
 * and gets {@code 000001FF 06 00020805 00040405 00040404 00000003 00000002 00000001 00}.
 */
public final class HandshakeFormat {
    public static final int MAGIC = 0x6060B017;
    public static final int PREAMBLE_SIZE = 20;
    public static final int MANIFEST_V1 = 0x000001FF;
    public static final int NO_VERSION = 0;
    /** {@code GET } in ASCII: an HTTP request (a WebSocket upgrade) instead of raw Bolt. */
    public static final int HTTP_GET = 0x47455420;

    private HandshakeFormat() {}

    public static int major(int slot) {
        return slot & 0xFF;
    }

    public static int minor(int slot) {
        return (slot >>> 8) & 0xFF;
    }

    public static int range(int slot) {
        return (slot >>> 16) & 0xFF;
    }

    public static int slot(int major, int minor, int range) {
        return (range << 16) | (minor << 8) | major;
    }

    /** The supported versions collapsed into contiguous ranges per major, newest first. */
    public static List<Integer> ranges(List<BoltVersion> supported) {
        List<Integer> slots = new ArrayList<>();
        BoltVersion top = null;
        BoltVersion bottom = null;
        for (BoltVersion v : supported) {
            if (top != null && v.major() == top.major() && v.minor() == bottom.minor() - 1) {
                bottom = v;
                continue;
            }
            if (top != null) {
                slots.add(slot(top.major(), top.minor(), top.minor() - bottom.minor()));
            }
            top = v;
            bottom = v;
        }
        if (top != null) {
            slots.add(slot(top.major(), top.minor(), top.minor() - bottom.minor()));
        }
        return slots;
    }

    /** Writes the whole manifest v1 reply. */
    public static void writeManifest(ByteBuf out, List<BoltVersion> supported) {
        List<Integer> ranges = ranges(supported);
        out.writeInt(MANIFEST_V1);
        writeVarint(out, ranges.size());
        for (int range : ranges) {
            out.writeInt(range);
        }
        writeVarint(out, 0);
    }

    public static void writeVarint(ByteBuf out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.writeByte((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.writeByte((int) rest);
    }

    /**
     * Reads a varint of at most 10 bytes; returns -1 (reading nothing) when the buffer does not yet
     * hold all of it; throws when it is longer than 10 bytes.
     */
    public static long readVarint(ByteBuf in) {
        long value = 0;
        int index = in.readerIndex();
        for (int i = 0; i < 10; i++) {
            if (index + i >= in.writerIndex()) {
                return -1;
            }
            int b = in.getUnsignedByte(index + i);
            value |= (long) (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) {
                in.readerIndex(index + i + 1);
                return value;
            }
        }
        throw new IllegalArgumentException("varint longer than 10 bytes (expected: <= 10)");
    }
}
