package org.quiverdb.bolt.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkDecoderTest {
    private static byte[] message(int size, int seed) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + seed);
        }
        return bytes;
    }

    private static ByteBuf stream(List<byte[]> messages) {
        ByteBuf out = Unpooled.buffer();
        out.writeShort(0); // a NOOP before anything
        for (byte[] m : messages) {
            ChunkFormat.writeMessage(Unpooled.wrappedBuffer(m), out);
            out.writeShort(0); // and a NOOP after each message
        }
        return out;
    }

    private static List<String> decode(EmbeddedChannel channel, ByteBuf... parts) {
        for (ByteBuf part : parts) {
            channel.writeInbound(part);
        }
        List<String> decoded = new ArrayList<>();
        ByteBuf msg;
        while ((msg = channel.readInbound()) != null) {
            decoded.add(ByteBufUtil.hexDump(msg));
            msg.release();
        }
        return decoded;
    }

    @Test
    void specExampleDecodesToOneMessage() {
        EmbeddedChannel channel = new EmbeddedChannel(new ChunkDecoder(1024));
        ByteBuf bytes = Unpooled.wrappedBuffer(new byte[] {0, 3, (byte) 0xB1, 0x70, (byte) 0xA0, 0, 0});
        assertThat(decode(channel, bytes)).containsExactly("b170a0");
    }

    @Test
    void chunkSplitAtEveryOffsetDecodesTheSameMessages() {
        List<byte[]> messages = List.of(message(5, 1), message(70_000, 2), message(1, 3));
        List<String> expected = messages.stream().map(ByteBufUtil::hexDump).toList();
        ByteBuf whole = stream(messages);
        int length = whole.readableBytes();
        for (int split = 0; split <= length; split += split < 80 || split > length - 80 ? 1 : 997) {
            EmbeddedChannel channel = new EmbeddedChannel(new ChunkDecoder(1 << 20));
            List<String> decoded =
                    decode(channel, whole.retainedSlice(0, split), whole.retainedSlice(split, length - split));
            assertThat(decoded).as("split at %d", split).isEqualTo(expected);
            channel.finishAndReleaseAll();
        }
        whole.release();
    }

    @Test
    void byteByByteDeliveryDecodes() {
        List<byte[]> messages = List.of(message(300, 4), message(2, 5));
        ByteBuf whole = stream(messages);
        EmbeddedChannel channel = new EmbeddedChannel(new ChunkDecoder(1 << 20));
        List<String> decoded = new ArrayList<>();
        while (whole.isReadable()) {
            decoded.addAll(decode(channel, whole.readRetainedSlice(1)));
        }
        assertThat(decoded).containsExactly(ByteBufUtil.hexDump(messages.get(0)), ByteBufUtil.hexDump(messages.get(1)));
        whole.release();
    }

    @Test
    void messageLargerThanTheLimitIsRefused() {
        EmbeddedChannel channel = new EmbeddedChannel(new ChunkDecoder(100));
        ByteBuf bytes = Unpooled.buffer();
        ChunkFormat.writeMessage(Unpooled.wrappedBuffer(message(101, 6)), bytes);
        assertThatThrownBy(() -> channel.writeInbound(bytes))
                .isInstanceOf(DecoderException.class)
                .hasCauseInstanceOf(MessageTooLargeException.class)
                .hasMessageContaining("expected: <= 100");
    }

    @Test
    void largeMessagesAreWrittenInMaximalChunks() {
        ByteBuf out = Unpooled.buffer();
        ChunkFormat.writeMessage(Unpooled.wrappedBuffer(message(70_000, 7)), out);
        assertThat(out.getUnsignedShort(0)).isEqualTo(65_535);
        assertThat(out.getUnsignedShort(2 + 65_535)).isEqualTo(70_000 - 65_535);
        assertThat(out.readableBytes()).isEqualTo(70_000 + 6);
    }
}
