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
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.quiverdb.http.json.ErrorJson;
import org.quiverdb.http.json.Failure;
import org.quiverdb.kernel.api.QuiverException;
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
    private final InFlightRequests inFlight;
    private final WritabilityGate gate = new WritabilityGate();
    private final ArrayDeque<FullHttpRequest> pending = new ArrayDeque<>();
    private boolean busy;

    ConnectionHandler(
            HttpHandler handler, Executor workers, String scheme, Duration writeTimeout, InFlightRequests inFlight) {
        super(false);
        this.inFlight = inFlight;
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
        inFlight.enter();
        try {
            workers.execute(() -> serve(ctx, request));
        } catch (RejectedExecutionException e) {
            inFlight.exit();
            request.release();
            busy = false;
            pending.forEach(FullHttpRequest::release);
            pending.clear();
            refuse(
                    ctx,
                    HttpResponseStatus.SERVICE_UNAVAILABLE,
                    new Failure(
                            Status.REQUEST_NO_THREADS_AVAILABLE,
                            "no worker free for this request (expected: fewer concurrent requests; retry later)"));
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
            if (e instanceof QuiverException || e instanceof IOException) {
                LOG.debug("request {} {} failed", request.method(), exchange.path(), e);
            } else {
                LOG.warn("request {} {} failed unexpectedly", request.method(), exchange.path(), e);
            }
            if (exchange.responded()) {
                exchange.abandon();
            } else {
                answerUnexpected(exchange, e);
            }
        } finally {
            request.release();
            inFlight.exit();
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
        refuse(ctx, HttpResponseStatus.BAD_REQUEST, new Failure(Status.REQUEST_INVALID_FORMAT, message));
    }

    /** Answers on the event loop and closes: used when no worker can or should take the request. */
    private static void refuse(ChannelHandlerContext ctx, HttpResponseStatus status, Failure failure) {
        byte[] body = ErrorJson.errorsBody(failure);
        FullHttpResponse response =
                new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, JSON);
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        // malformed framing cannot be trusted further, and a refused connection should back off
        response.headers().set(HttpHeaderNames.CONNECTION, "close");
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
