package org.quiverdb.http.transport;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.quiverdb.http.json.ErrorJson;
import org.quiverdb.http.json.Failure;
import org.quiverdb.kernel.api.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's requests, answered in order (HTTP/1.1 pipelining demands it) one at a time on
 * the worker executor; the event loop only queues and never runs a handler. While a few requests
 * wait, reading from the socket pauses, so a pipelining client cannot queue without bound.
 *
 * <p>Thread-safety: {@code pending} and {@code busy} are confined to the channel's event loop; the
 * worker hands completion back to it with {@code eventLoop().execute}.
 */
final class ConnectionHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionHandler.class);
    private static final int MAX_QUEUED = 8;
    private static final String JSON = "application/json";

    private final HttpHandler handler;
    private final Executor workers;
    private final String scheme;
    private final Duration writeTimeout;
    private final WritabilityGate gate = new WritabilityGate();
    private final ArrayDeque<FullHttpRequest> pending = new ArrayDeque<>();
    private boolean busy;

    ConnectionHandler(HttpHandler handler, Executor workers, String scheme, Duration writeTimeout) {
        super(false);
        this.handler = handler;
        this.workers = workers;
        this.scheme = scheme;
        this.writeTimeout = writeTimeout;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (request.decoderResult().isFailure()) {
            request.release();
            rejectMalformed(ctx, request.decoderResult().cause());
            return;
        }
        pending.add(request);
        if (pending.size() >= MAX_QUEUED) {
            ctx.channel().config().setAutoRead(false);
        }
        dispatchNext(ctx);
    }

    private void dispatchNext(ChannelHandlerContext ctx) {
        if (busy || pending.isEmpty()) {
            return;
        }
        FullHttpRequest request = pending.poll();
        busy = true;
        try {
            workers.execute(() -> serve(ctx, request));
        } catch (RejectedExecutionException e) {
            request.release();
            ChannelFuture unused = ctx.close();
        }
    }

    private void serve(ChannelHandlerContext ctx, FullHttpRequest request) {
        Exchange exchange = new Exchange(ctx.channel(), request, scheme, gate, writeTimeout);
        try {
            handler.handle(exchange);
            if (!exchange.responded()) {
                answerUnexpected(exchange, new IllegalStateException("no response for " + exchange.path()));
            } else if (exchange.streamLeftOpen()) {
                exchange.abandon();
            }
        } catch (Exception e) {
            // the boundary of one request: whatever went wrong is this request's alone
            LOG.debug("request {} {} failed", request.method(), exchange.path(), e);
            if (exchange.responded()) {
                exchange.abandon();
            } else {
                answerUnexpected(exchange, e);
            }
        } finally {
            request.release();
            try {
                ctx.channel().eventLoop().execute(() -> {
                    busy = false;
                    if (pending.size() < MAX_QUEUED) {
                        ctx.channel().config().setAutoRead(true);
                    }
                    dispatchNext(ctx);
                });
            } catch (RejectedExecutionException e) {
                // the server is stopping: its event loop no longer takes work and closes the channel
                LOG.debug("event loop gone after {} {}", request.method(), exchange.path());
            }
        }
    }

    private static void answerUnexpected(Exchange exchange, Exception e) {
        byte[] body = ErrorJson.errorsBody(Failure.of(e));
        exchange.respond(HttpResponseStatus.INTERNAL_SERVER_ERROR, JSON, body, Map.of());
    }

    private static void rejectMalformed(ChannelHandlerContext ctx, Throwable cause) {
        String message = "malformed HTTP request: " + cause.getMessage();
        byte[] body = ErrorJson.errorsBody(new Failure(Status.REQUEST_INVALID_FORMAT, message));
        FullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, HttpResponseStatus.BAD_REQUEST, Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, JSON);
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        // the byte stream is out of step with HTTP framing: nothing after this can be trusted
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        gate.signal();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        gate.signal();
        pending.forEach(FullHttpRequest::release);
        pending.clear();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("connection {} failed", ctx.channel().remoteAddress(), cause);
        ChannelFuture unused = ctx.close();
    }
}
