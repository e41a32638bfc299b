package org.quiverdb.bolt.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.util.List;
import java.util.function.Supplier;
import org.quiverdb.bolt.handshake.HandshakeFormat;

/**
 * Looks at the first four bytes of a connection to pick its transport, as Neo4j does on 7687:
 * {@code GET } is a WebSocket upgrade (browser drivers), after which Bolt travels in binary
 * frames; anything else goes straight to the Bolt handshake (which rejects a wrong magic).
 *
 * <p>Confined to the channel's event loop; removes itself once it has chosen.
 */
final class TransportSelector extends ByteToMessageDecoder {
    /** Neo4j caps WebSocket frames and the upgrade request at 64 KiB. */
    static final int MAX_WEBSOCKET_FRAME = 64 * 1024;

    private final Supplier<ChannelHandler> handshake;

    TransportSelector(Supplier<ChannelHandler> handshake) {
        this.handshake = handshake;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (in.readableBytes() < 4) {
            return;
        }
        ChannelPipeline pipeline = ctx.pipeline();
        String name = ctx.name();
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
