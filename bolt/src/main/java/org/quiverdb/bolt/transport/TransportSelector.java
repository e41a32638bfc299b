package org.quiverdb.bolt.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.ssl.SslContext;
import java.util.List;
import java.util.function.Supplier;
import org.quiverdb.bolt.handshake.HandshakeFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at the first bytes of a connection to pick its transport, as Neo4j does on 7687: a TLS
 * ClientHello (when TLS is enabled) is unwrapped first; {@code GET } is a WebSocket upgrade (browser drivers), after which Bolt travels in binary
 * frames; anything else goes straight to the Bolt handshake (which rejects a wrong magic).
 *
 * <p>Confined to the channel's event loop; removes itself once it has chosen.
 */
final class TransportSelector extends ByteToMessageDecoder {
    /** Neo4j caps WebSocket frames and the upgrade request at 64 KiB. */
    static final int MAX_WEBSOCKET_FRAME = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(TransportSelector.class);

    /** A TLS record of type handshake (a ClientHello) starts with this byte. */
    private static final int TLS_HANDSHAKE = 0x16;

    private final Supplier<ChannelHandler> handshake;
    private final SslContext tls;
    private final boolean plainAllowed;

    /**
     * @param tls the server's TLS context, or null when TLS is disabled (or already unwrapped)
     * @param plainAllowed false when {@code tls_level} is REQUIRED
     */
    TransportSelector(Supplier<ChannelHandler> handshake, SslContext tls, boolean plainAllowed) {
        this.handshake = handshake;
        this.tls = tls;
        this.plainAllowed = plainAllowed;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (!in.isReadable()) {
            return;
        }
        ChannelPipeline pipeline = ctx.pipeline();
        String name = ctx.name();
        if (in.getUnsignedByte(in.readerIndex()) == TLS_HANDSHAKE && tls != null) {
            // Decrypt, then choose again between WebSocket and raw Bolt on the plain bytes.
            pipeline.addAfter(name, "tls", tls.newHandler(ctx.alloc()))
                    .addAfter("tls", "transport-after-tls", new TransportSelector(handshake, null, true));
            pipeline.remove(this);
            return;
        }
        if (!plainAllowed) {
            LOG.info(
                    "{}: plain connection refused (dbms.connector.bolt.tls_level=REQUIRED)",
                    ctx.channel().remoteAddress());
            in.skipBytes(in.readableBytes());
            var unused = ctx.close();
            return;
        }
        if (in.readableBytes() < 4) {
            return;
        }
        if (in.getInt(in.readerIndex()) == HandshakeFormat.HTTP_GET) {
            pipeline.addAfter(name, "http", new HttpServerCodec())
                    .addAfter("http", "http-aggregator", new HttpObjectAggregator(MAX_WEBSOCKET_FRAME))
                    .addAfter(
                            "http-aggregator",
                            "websocket",
                            new WebSocketServerProtocolHandler("/", null, true, MAX_WEBSOCKET_FRAME))
                    .addAfter("websocket", "websocket-frames", new WebSocketFrameCodec())
                    .addAfter("websocket-frames", "handshake", handshake.get());
        } else {
            pipeline.addAfter(name, "handshake", handshake.get());
        }
        pipeline.remove(this);
    }
}
