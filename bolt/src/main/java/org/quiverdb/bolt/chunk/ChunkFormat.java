package org.quiverdb.bolt.chunk;

import io.netty.buffer.ByteBuf;

/**
 * Chunked framing (both directions, after the handshake).
 *
 * <pre>
 * offset size  field
 *   0     2    chunk length n, unsigned, 1 .. 65535
 *   2     n    payload: the next n bytes of the message
 *   ...        more chunks of the same message
 *   k     2    00 00: end of message
 * </pre>
 *
 * A message may be split at any byte. A bare {@code 00 00} between messages is a NOOP (Bolt 4.1+
 * keep-alive) and carries nothing. Example: SUCCESS {} is {@code 00 03 B1 70 A0 00 00}.
 */
public final class ChunkFormat {
    public static final int HEADER_SIZE = 2;
    public static final int MAX_CHUNK_SIZE = 0xFFFF;

    private ChunkFormat() {}

    /** Appends {@code message} (all its readable bytes) to {@code out} as chunks plus the end marker. */
    public static void writeMessage(ByteBuf message, ByteBuf out) {
        while (message.isReadable()) {
            int size = Math.min(MAX_CHUNK_SIZE, message.readableBytes());
            out.writeShort(size);
            out.writeBytes(message, size);
        }
        out.writeShort(0);
    }
}
