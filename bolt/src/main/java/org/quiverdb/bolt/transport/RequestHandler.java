package org.quiverdb.bolt.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import org.quiverdb.bolt.chunk.MessageTooLargeException;
import org.quiverdb.bolt.message.Request;
import org.quiverdb.bolt.message.RequestDecoder;
import org.quiverdb.bolt.packstream.PackStreamException;
import org.quiverdb.kernel.api.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes each reassembled message into a {@link Request} on the event loop (cheap, and it lets a
 * RESET interrupt the running query at once) and queues it on the connection. Undecodable or
 * oversized input is answered with one FAILURE after the responses already due, logged once, and
 * the connection is closed; bytes after it are dropped.
 *
 * <p>Confined to the channel's event loop.
 */
final class RequestHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(RequestHandler.class);

    private final RequestDecoder decoder;
    private final BoltConnection connection;
    private boolean broken;

    RequestHandler(RequestDecoder decoder, BoltConnection connection) {
        this.decoder = decoder;
        this.connection = connection;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf message = (ByteBuf) msg;
        try {
            if (broken) {
                return;
            }
            Request request;
            int start = message.readerIndex();
            try {
                request = decoder.decode(message);
            } catch (PackStreamException e) {
                String head = ByteBufUtil.hexDump(message, start, Math.min(32, message.writerIndex() - start));
                request = new Request.Invalid(
                        Status.REQUEST_INVALID_FORMAT,
                        "invalid message: " + e.getMessage() + " (message starts " + head + ")");
            }
            if (request instanceof Request.Invalid invalid) {
                breakConnection(ctx, invalid);
            }
            connection.enqueue(request);
        } finally {
            message.release();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (broken) {
            // A FAILURE is already queued; the worker closes the connection after sending it.
            return;
        }
        Throwable root = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        if (root instanceof MessageTooLargeException) {
            Request.Invalid invalid = new Request.Invalid(Status.REQUEST_INVALID, root.getMessage());
            breakConnection(ctx, invalid);
            connection.enqueue(invalid);
            return;
        }
        LOG.debug("{}: connection error, closing", ctx.channel().remoteAddress(), root);
        broken = true;
        var unused = ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        connection.closedByClient();
        ctx.fireChannelInactive();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        connection.writabilityChanged();
        ctx.fireChannelWritabilityChanged();
    }

    private void breakConnection(ChannelHandlerContext ctx, Request.Invalid invalid) {
        broken = true;
        ctx.channel().config().setAutoRead(false);
        LOG.info("{}: bad Bolt input, closing: {}", ctx.channel().remoteAddress(), invalid.message());
    }
}
