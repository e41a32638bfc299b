package org.quiverdb.bolt.chunk;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Reassembles chunked messages: emits one {@link ByteBuf} per complete message, however the bytes
 * were split across reads. NOOP chunks are dropped. A message growing past {@code
 * maxMessageSize} throws {@link MessageTooLargeException} before its bytes are kept, so an
 * oversized message never occupies more than one chunk of memory.
 *
 * <p>Confined to the channel's event loop.
 */
public final class ChunkDecoder extends ByteToMessageDecoder {
    private final int maxMessageSize;
    private CompositeByteBuf message;
    private boolean failed;

    public ChunkDecoder(int maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            // Out of step with the framing after a refused message: drop whatever else arrives.
            in.skipBytes(in.readableBytes());
            return;
        }
        while (in.readableBytes() >= ChunkFormat.HEADER_SIZE) {
            int size = in.getUnsignedShort(in.readerIndex());
            if (size == 0) {
                in.skipBytes(ChunkFormat.HEADER_SIZE);
                if (message != null) {
                    out.add(message);
                    message = null;
                }
                continue;
            }
            int current = message == null ? 0 : message.readableBytes();
            if ((long) current + size > maxMessageSize) {
                release();
                failed = true;
                in.skipBytes(in.readableBytes());
                throw new MessageTooLargeException("message size: more than " + ((long) current + size)
                        + " bytes (expected: <= " + maxMessageSize + ")");
            }
            if (in.readableBytes() < ChunkFormat.HEADER_SIZE + size) {
                return;
            }
            in.skipBytes(ChunkFormat.HEADER_SIZE);
            if (message == null) {
                message = ctx.alloc().compositeBuffer(Integer.MAX_VALUE);
            }
            message.addComponent(true, in.readRetainedSlice(size));
        }
    }

    @Override
    protected void handlerRemoved0(ChannelHandlerContext ctx) {
        release();
    }

    private void release() {
        if (message != null) {
            message.release();
            message = null;
        }
    }
}
