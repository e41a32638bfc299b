package org.quiverdb.storage.checkpoint;

import java.util.UUID;
import org.quiverdb.storage.format.BytesIn;
import org.quiverdb.storage.format.BytesOut;
import org.quiverdb.storage.log.LogFormatV1;

/**
 * A checkpoint file, version 1: the whole committed graph as of one transaction. Integers are
 * big-endian; "var" is unsigned LEB128; records are {@code EntityRecordFormat} payloads.
 *
 * <pre>
 * header (40 bytes)
 * offset size field
 *   0     8   magic "QVRCHKPT"
 *   8     4   format version (1)
 *  12     8   transaction id the checkpoint is as of
 *  20    16   database uuid (most, least significant)
 *  36     4   CRC32C of bytes 0..36
 *
 * then blocks until the END block
 *   0     4   payload length n
 *   4     4   CRC32C of the payload
 *   8     n   payload: kind byte, then items up to the payload's end
 *
 * kind  item
 *  1    token: kind byte (0 label, 1 type, 2 key), var id, var length + UTF-8 name
 *  2    node: var id, var record length, record
 *  3    relationship: var id, var type, var start, var end, var record length, record
 *  4    END (once, last): var nodes, var relationships, var tokens written
 * </pre>
 *
 * Example: an END block for 1 node, 0 relationships, 2 tokens → {@code 00000004 <crc> 04 01 00 02}.
 *
 * <p>A checkpoint without a valid END block is incomplete and never used. Stateless.
 */
public final class CheckpointFormatV1 {
    public static final long MAGIC = 0x51565243484B5054L; // "QVRCHKPT"
    public static final int VERSION = 1;
    public static final int HEADER_SIZE = 40;
    public static final int BLOCK_HEADER_SIZE = 8;
    public static final int TOKENS = 1;
    public static final int NODES = 2;
    public static final int RELATIONSHIPS = 3;
    public static final int END = 4;
    /** Blocks are closed once their payload passes this size. */
    public static final int BLOCK_TARGET = 1 << 20;
    /** Decoders refuse blocks larger than this before allocating. */
    public static final int MAX_BLOCK = 1 << 30;

    private CheckpointFormatV1() {}

    /** A decoded header. */
    public record Header(int version, long txId, UUID databaseId) {}

    public static byte[] header(long txId, UUID databaseId) {
        BytesOut out = new BytesOut(HEADER_SIZE);
        out.writeLong(MAGIC)
                .writeInt(VERSION)
                .writeLong(txId)
                .writeLong(databaseId.getMostSignificantBits())
                .writeLong(databaseId.getLeastSignificantBits());
        out.writeInt(LogFormatV1.crc(out.array(), 0, out.size()));
        return out.toByteArray();
    }

    /** The header, or null when too short, not a checkpoint, or failing its checksum. */
    public static Header readHeader(byte[] bytes) {
        if (bytes.length < HEADER_SIZE) {
            return null;
        }
        BytesIn in = new BytesIn(bytes, 0, HEADER_SIZE);
        long magic = in.readLong();
        int version = in.readInt();
        long txId = in.readLong();
        UUID id = new UUID(in.readLong(), in.readLong());
        int crc = in.readInt();
        if (magic != MAGIC || crc != LogFormatV1.crc(bytes, 0, HEADER_SIZE - 4)) {
            return null;
        }
        return new Header(version, txId, id);
    }

    /** Frames {@code payload} as a block onto {@code out}. */
    public static void writeBlock(BytesOut out, BytesOut payload) {
        out.writeInt(payload.size()).writeInt(LogFormatV1.crc(payload.array(), 0, payload.size()));
        out.writeBytes(payload.array(), 0, payload.size());
    }
}
