package org.quiverdb.bolt.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.quiverdb.bolt.chunk.ChunkFormat;
import org.quiverdb.bolt.fsm.ClientGoneException;
import org.quiverdb.bolt.fsm.ResponseSink;
import org.quiverdb.bolt.message.ResponseEncoder;
import org.quiverdb.bolt.packstream.ValueDialect;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.Value;

/**
 * Encodes responses, chunks them and writes them to the channel in batches: pipelined responses
 * share one flush, and a long result is written every {@link #FLUSH_THRESHOLD} bytes. After each
 * write the worker waits while the channel is not writable (the client is not reading), so a slow
 * client holds at most Netty's high-water mark plus one batch in memory.
 *
 * <p>A message is encoded completely into a scratch buffer before any of it is queued, so a value
 * that cannot be encoded leaves no partial message on the wire. Used by the connection's worker
 * only; {@link #writabilityChanged()} is called from the event loop ({@code lock} guards the
 * wait).
 */
final class ChannelResponseSink implements ResponseSink {
    static final int FLUSH_THRESHOLD = 32 * 1024;
    private static final int SCRATCH_KEEP = 1 << 20;

    private final Channel channel;
    private final ResponseEncoder encoder;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition writable = lock.newCondition();
    private ByteBuf scratch = Unpooled.buffer(256);
    private ByteBuf pending;

    ChannelResponseSink(Channel channel, ResponseEncoder encoder) {
        this.channel = channel;
        this.encoder = encoder;
    }

    @Override
    public void success(MapValue metadata) {
        write(out -> encoder.success(metadata, out));
    }

    @Override
    public void record(Value[] fields) {
        write(out -> encoder.record(fields, out));
    }

    @Override
    public void failure(Status status, String message) {
        write(out -> encoder.failure(status, message, out));
    }

    @Override
    public void ignored() {
        write(encoder::ignored);
    }

    @Override
    public void useDialect(ValueDialect dialect) {
        encoder.useDialect(dialect);
    }

    private void write(Consumer<ByteBuf> encode) {
        if (!channel.isActive()) {
            throw new ClientGoneException("connection closed by the client");
        }
        if (scratch.capacity() > SCRATCH_KEEP) {
            scratch = Unpooled.buffer(256);
        }
        scratch.clear();
        encode.accept(scratch);
        if (pending == null) {
            pending = channel.alloc().buffer(Math.max(256, scratch.readableBytes() + 16));
        }
        ChunkFormat.writeMessage(scratch, pending);
        if (pending.readableBytes() >= FLUSH_THRESHOLD) {
            flush();
        }
    }

    /** Writes what is buffered and waits until the client has taken enough of it. */
    void flush() {
        if (pending != null) {
            ByteBuf batch = pending;
            pending = null;
            var unused = channel.writeAndFlush(batch, channel.voidPromise());
        }
        awaitWritable();
    }

    void discard() {
        if (pending != null) {
            pending.release();
            pending = null;
        }
    }

    void writabilityChanged() {
        lock.lock();
        try {
            writable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void awaitWritable() {
        lock.lock();
        try {
            while (!channel.isWritable()) {
                if (!channel.isActive()) {
                    throw new ClientGoneException("connection closed by the client");
                }
                // Bounded wait: re-check liveness every second even if no signal comes.
                writable.await(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientGoneException("interrupted while waiting for the client to read");
        } finally {
            lock.unlock();
        }
    }
}
