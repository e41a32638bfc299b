package org.quiverdb.bolt.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.quiverdb.bolt.handshake.BoltVersion;
import org.quiverdb.bolt.handshake.HandshakeFormat;
import org.quiverdb.bolt.handshake.VersionNegotiator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the handshake ({@link HandshakeFormat}) on a fresh connection, then hands the channel to
 * {@code onNegotiated} and removes itself; bytes the client pipelined after the handshake (the
 * manifest choice is often followed by HELLO in the same segment) flow on to the next handler.
 * Wrong magic or no common version closes the connection after answering as the protocol says.
 *
 * <p>Confined to the channel's event loop.
 */
final class HandshakeHandler extends ByteToMessageDecoder {
    private static final Logger LOG = LoggerFactory.getLogger(HandshakeHandler.class);

    private final VersionNegotiator negotiator;
    private final BiConsumer<ChannelHandlerContext, BoltVersion> onNegotiated;
    private boolean awaitingManifestChoice;
    private boolean done;

    HandshakeHandler(VersionNegotiator negotiator, BiConsumer<ChannelHandlerContext, BoltVersion> onNegotiated) {
        this.negotiator = negotiator;
        this.onNegotiated = onNegotiated;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (done) {
            return;
        }
        if (awaitingManifestChoice) {
            readManifestChoice(ctx, in);
        } else if (in.readableBytes() >= HandshakeFormat.PREAMBLE_SIZE) {
            readPreamble(ctx, in);
        } else if (in.readableBytes() >= 4 && in.getInt(in.readerIndex()) != HandshakeFormat.MAGIC) {
            reject(ctx, in, in.getInt(in.readerIndex()));
        }
    }

    private void readPreamble(ChannelHandlerContext ctx, ByteBuf in) {
        int magic = in.readInt();
        if (magic != HandshakeFormat.MAGIC) {
            reject(ctx, in, magic);
            return;
        }
        int[] slots = new int[4];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = in.readInt();
        }
        VersionNegotiator.Outcome outcome = negotiator.negotiate(slots);
        if (outcome instanceof VersionNegotiator.Chosen chosen) {
            var unused = ctx.writeAndFlush(
                    ctx.alloc().buffer(4).writeInt(chosen.version().encode()));
            negotiated(ctx, chosen.version());
        } else if (outcome instanceof VersionNegotiator.Manifest) {
            ByteBuf reply = ctx.alloc().buffer(64);
            HandshakeFormat.writeManifest(reply, negotiator.supported());
            var unused = ctx.writeAndFlush(reply);
            awaitingManifestChoice = true;
            readManifestChoice(ctx, in);
        } else {
            LOG.info("{}: no common Bolt version in proposals {}", ctx.channel().remoteAddress(), hex(slots));
            done = true;
            ctx.writeAndFlush(ctx.alloc().buffer(4).writeInt(HandshakeFormat.NO_VERSION))
                    .addListener(ChannelFutureListener.CLOSE);
        }
    }

    private void readManifestChoice(ChannelHandlerContext ctx, ByteBuf in) {
        if (in.readableBytes() < 5) {
            return;
        }
        int start = in.readerIndex();
        int choice = in.readInt();
        long capabilities;
        try {
            capabilities = HandshakeFormat.readVarint(in);
        } catch (IllegalArgumentException e) {
            capabilities = -2;
        }
        if (capabilities == -1) {
            in.readerIndex(start);
            return;
        }
        if (capabilities < 0 || !negotiator.accepts(choice)) {
            LOG.info("{}: unusable manifest choice 0x{}", ctx.channel().remoteAddress(), Integer.toHexString(choice));
            done = true;
            in.skipBytes(in.readableBytes());
            var unused = ctx.close();
            return;
        }
        negotiated(ctx, new BoltVersion(HandshakeFormat.major(choice), HandshakeFormat.minor(choice)));
    }

    private void negotiated(ChannelHandlerContext ctx, BoltVersion version) {
        done = true;
        onNegotiated.accept(ctx, version);
        ctx.pipeline().remove(this);
    }

    private void reject(ChannelHandlerContext ctx, ByteBuf in, int magic) {
        LOG.info(
                "{}: not a Bolt client (first bytes 0x{}, expected: 0x6060B017)",
                ctx.channel().remoteAddress(),
                Integer.toHexString(magic));
        done = true;
        in.skipBytes(in.readableBytes());
        var unused = ctx.close();
    }

    private static String hex(int[] slots) {
        StringBuilder out = new StringBuilder();
        for (int slot : slots) {
            out.append(String.format(Locale.ROOT, "%08X ", slot));
        }
        return out.toString().trim();
    }
}
