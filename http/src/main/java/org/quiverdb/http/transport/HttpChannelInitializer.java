package org.quiverdb.http.transport;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.ssl.SslContext;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Builds each accepted connection's pipeline: TLS (HTTPS only), the HTTP/1.1 codec, keep-alive
 * handling, the bounded body aggregator and the request handler. Immutable; shared by all
 * connections of one listener.
 */
public final class HttpChannelInitializer extends ChannelInitializer<SocketChannel> {
    private final SslContext tls;
    private final int maxBodyBytes;
    private final HttpHandler handler;
    private final Executor workers;
    private final Duration writeTimeout;
    private final ChannelGroup connections;
    private final InFlightRequests inFlight;

    /**
     * @param tls the TLS context for HTTPS, or {@code null} for plain HTTP
     * @param writeTimeout how long a streaming response waits for a client that reads nothing
     * @param connections where every accepted connection is registered, so a stop can close them
     *     after their last answers were written
     * @param inFlight counts requests being answered, for the same purpose
     */
    public HttpChannelInitializer(
            SslContext tls,
            int maxBodyBytes,
            HttpHandler handler,
            Executor workers,
            Duration writeTimeout,
            ChannelGroup connections,
            InFlightRequests inFlight) {
        this.tls = tls;
        this.maxBodyBytes = maxBodyBytes;
        this.handler = handler;
        this.workers = workers;
        this.writeTimeout = writeTimeout;
        this.connections = connections;
        this.inFlight = inFlight;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        connections.add(channel);
        ChannelPipeline pipeline = channel.pipeline();
        if (tls != null) {
            pipeline.addLast("tls", tls.newHandler(channel.alloc()));
        }
        pipeline.addLast("codec", new HttpServerCodec());
        pipeline.addLast("keepAlive", new HttpServerKeepAliveHandler());
        pipeline.addLast("aggregator", new BodyLimitAggregator(maxBodyBytes));
        pipeline.addLast(
                "handler",
                new ConnectionHandler(handler, workers, tls == null ? "http" : "https", writeTimeout, inFlight));
    }
}
