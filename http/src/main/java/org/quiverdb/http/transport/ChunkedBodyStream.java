package org.quiverdb.http.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

/**
 * A response body sent as HTTP/1.1 chunks while it is written: bytes collect in one buffer and go
 * out as a chunk once {@link #CHUNK_BYTES} have gathered; after each chunk the writer waits until
 * the client has drained the channel, so a large result never piles up in server memory. {@link
 * #close()} sends the rest and the last chunk. Confined to one worker thread.
 */
final class ChunkedBodyStream extends OutputStream {
    static final int CHUNK_BYTES = 32 * 1024;

    private final Channel channel;
    private final WritabilityGate gate;
    private final Duration writeTimeout;
    private final boolean closeAtEnd;
    private ByteBuf buffer;
    private boolean closed;

    /** @param closeAtEnd whether the connection closes after the body (HTTP/1.0: no chunks, no length) */
    ChunkedBodyStream(Channel channel, WritabilityGate gate, Duration writeTimeout, boolean closeAtEnd) {
        this.closeAtEnd = closeAtEnd;
        this.channel = channel;
        this.gate = gate;
        this.writeTimeout = writeTimeout;
        this.buffer = channel.alloc().buffer(CHUNK_BYTES);
    }

    @Override
    public void write(int b) throws IOException {
        ensureOpen();
        buffer.writeByte(b);
        if (buffer.readableBytes() >= CHUNK_BYTES) {
            sendChunk();
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        ensureOpen();
        buffer.writeBytes(bytes, offset, length);
        if (buffer.readableBytes() >= CHUNK_BYTES) {
            sendChunk();
        }
    }

    @Override
    public void flush() throws IOException {
        ensureOpen();
        if (buffer.isReadable()) {
            sendChunk();
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        ByteBuf rest = buffer;
        buffer = null;
        if (!channel.isActive()) {
            rest.release();
            throw new IOException("client closed the connection before the response ended");
        }
        if (rest.isReadable()) {
            ChannelFuture unusedChunk = channel.write(new DefaultHttpContent(rest));
        } else {
            rest.release();
        }
        ChannelFuture last = channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
        if (closeAtEnd) {
            last.addListener(ChannelFutureListener.CLOSE);
        }
    }

    boolean isClosed() {
        return closed;
    }

    /** Releases the buffer without ending the response (the connection is being dropped). */
    void abandon() {
        closed = true;
        if (buffer != null) {
            buffer.release();
            buffer = null;
        }
    }

    private void sendChunk() throws IOException {
        ByteBuf chunk = buffer;
        buffer = channel.alloc().buffer(CHUNK_BYTES);
        ChannelFuture unused = channel.writeAndFlush(new DefaultHttpContent(chunk));
        if (!channel.isWritable()) {
            gate.awaitWritable(channel, writeTimeout);
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("response body already ended");
        }
    }
}
