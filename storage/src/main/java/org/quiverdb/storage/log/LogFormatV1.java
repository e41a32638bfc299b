package org.quiverdb.storage.log;

import java.util.zip.CRC32C;
import org.quiverdb.storage.format.BytesIn;
import org.quiverdb.storage.format.BytesOut;

/**
 * A write-ahead log segment, version 1. Integers are big-endian. A segment is a header and then
 * entries, one per committed transaction, with strictly consecutive transaction ids.
 *
 * <pre>
 * segment header (32 bytes)
 * offset size field
 *   0     8   magic "QVRTXLOG"
 *   8     4   format version (1)
 *  12     8   segment sequence number
 *  20     8   id of the last transaction before this segment (entries start at it + 1)
 *  28     4   CRC32C of bytes 0..28
 *
 * entry
 * offset size field
 *   0     4   payload length n
 *   4     4   CRC32C of bytes 8 .. 16+n (tx id and payload)
 *   8     8   transaction id
 *  16     n   payload: commands, see {@link CommandFormatV1}
 * </pre>
 *
 * Example: tx 7 with one CreateNode(5) → {@code 00000003 <crc> 0000000000000007 01 01 05}.
 *
 * <p>Stateless and thread-safe.
 */
public final class LogFormatV1 {
    public static final long MAGIC = 0x51565254584C4F47L; // "QVRTXLOG"
    public static final int VERSION = 1;
    public static final int HEADER_SIZE = 32;
    public static final int ENTRY_HEADER_SIZE = 16;
    /** Decoders refuse entries larger than this before allocating. */
    public static final int MAX_PAYLOAD = 1 << 30;

    private LogFormatV1() {}

    /** A decoded segment header. */
    public record Header(int version, long sequence, long previousTxId) {}

    public static byte[] header(long sequence, long previousTxId) {
        BytesOut out = new BytesOut(HEADER_SIZE);
        out.writeLong(MAGIC).writeInt(VERSION).writeLong(sequence).writeLong(previousTxId);
        out.writeInt(crc(out.array(), 0, out.size()));
        return out.toByteArray();
    }

    /** The header, or null when the bytes are too short, not ours or fail the checksum. */
    public static Header readHeader(byte[] bytes) {
        if (bytes.length < HEADER_SIZE) {
            return null;
        }
        BytesIn in = new BytesIn(bytes, 0, HEADER_SIZE);
        long magic = in.readLong();
        int version = in.readInt();
        long sequence = in.readLong();
        long previous = in.readLong();
        int crc = in.readInt();
        if (magic != MAGIC || crc != crc(bytes, 0, HEADER_SIZE - 4)) {
            return null;
        }
        return new Header(version, sequence, previous);
    }

    /** Appends one entry: header then the payload already encoded in {@code payload}. */
    public static void writeEntry(BytesOut out, long txId, byte[] payload, int payloadLength) {
        int start = out.size();
        out.writeInt(payloadLength).writeInt(0).writeLong(txId).writeBytes(payload, 0, payloadLength);
        out.putInt(start + 4, crc(out.array(), start + 8, 8 + payloadLength));
    }

    public static int crc(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }
}
