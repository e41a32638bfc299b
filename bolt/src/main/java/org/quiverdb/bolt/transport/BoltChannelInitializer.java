package org.quiverdb.bolt.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.handler.ssl.SslContext;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.quiverdb.bolt.chunk.ChunkDecoder;
import org.quiverdb.bolt.fsm.BoltStateMachine;
import org.quiverdb.bolt.fsm.ConnectionInfo;
import org.quiverdb.bolt.handshake.BoltVersion;
import org.quiverdb.bolt.handshake.VersionNegotiator;
import org.quiverdb.bolt.message.RequestDecoder;
import org.quiverdb.bolt.message.ResponseEncoder;
import org.quiverdb.session.api.SessionService;

/**
 * Sets up each accepted connection: the transport (raw TCP or WebSocket), then the handshake; once
 * a version is agreed, the chunk
 * decoder and the request handler feeding a {@link BoltConnection}. Thread-safe (the id counter is
 * atomic; everything else is immutable).
 */
public final class BoltChannelInitializer extends ChannelInitializer<Channel> {
    private final SessionService sessions;
    private final Executor workers;
    private final int maxMessageSize;
    private final AdvertisedAddress advertised;
    private final VersionNegotiator negotiator = new VersionNegotiator(BoltVersion.SUPPORTED);
    private final AtomicLong ids = new AtomicLong();
    private final SslContext tls;
    private final boolean plainAllowed;

    /** The {@code host:port} routing tables name; known only once the server socket is bound. */
    @FunctionalInterface
    public interface AdvertisedAddress {
        String get();
    }

    /**
     * @param tls the TLS context, or null when TLS is disabled
     * @param plainAllowed false when TLS is required
     */
    public BoltChannelInitializer(
            SessionService sessions,
            Executor workers,
            int maxMessageSize,
            AdvertisedAddress advertised,
            SslContext tls,
            boolean plainAllowed) {
        this.tls = tls;
        this.plainAllowed = plainAllowed;
        this.sessions = sessions;
        this.workers = workers;
        this.maxMessageSize = maxMessageSize;
        this.advertised = advertised;
    }

    @Override
    protected void initChannel(Channel channel) {
        channel.pipeline()
                .addLast(
                        "transport",
                        new TransportSelector(
                                () -> new HandshakeHandler(negotiator, this::negotiated), tls, plainAllowed));
    }

    private void negotiated(ChannelHandlerContext ctx, BoltVersion version) {
        Channel channel = ctx.channel();
        ConnectionInfo info = new ConnectionInfo("bolt-" + ids.incrementAndGet(), advertised.get());
        BoltStateMachine fsm = new BoltStateMachine(version, sessions, info);
        ChannelResponseSink sink = new ChannelResponseSink(channel, new ResponseEncoder(version));
        BoltConnection connection = new BoltConnection(channel, fsm, sink, workers);
        channel.pipeline()
                .addAfter(ctx.name(), "chunks", new ChunkDecoder(maxMessageSize))
                .addAfter("chunks", "requests", new RequestHandler(new RequestDecoder(version), connection));
    }
}
