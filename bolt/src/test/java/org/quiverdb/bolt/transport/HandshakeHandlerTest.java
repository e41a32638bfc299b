package org.quiverdb.bolt.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiverdb.bolt.handshake.BoltVersion;
import org.quiverdb.bolt.handshake.VersionNegotiator;

class HandshakeHandlerTest {
    private final List<BoltVersion> negotiated = new ArrayList<>();

    private EmbeddedChannel channel() {
        return new EmbeddedChannel(new HandshakeHandler(
                new VersionNegotiator(BoltVersion.SUPPORTED), (ctx, version) -> negotiated.add(version)));
    }

    private static ByteBuf bytes(String hex) {
        return Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump(hex));
    }

    private static String written(EmbeddedChannel channel) {
        StringBuilder out = new StringBuilder();
        ByteBuf b;
        while ((b = channel.readOutbound()) != null) {
            out.append(ByteBufUtil.hexDump(b)).append('|');
            b.release();
        }
        return out.toString();
    }

    @Test
    void legacyAnswerIsOneConcreteVersionAndPipelinedBytesFlowOn() {
        EmbeddedChannel channel = channel();
        channel.writeInbound(bytes("6060B017" + "00070705" + "00020404" + "00000104" + "00000003" + "0003B170A0"));
        assertThat(written(channel)).isEqualTo("00000705|");
        assertThat(negotiated).containsExactly(new BoltVersion(5, 7));
        ByteBuf passed = channel.readInbound();
        assertThat(ByteBufUtil.hexDump(passed)).isEqualTo("0003b170a0");
        passed.release();
    }

    @Test
    void preambleSplitAcrossReadsStillNegotiates() {
        EmbeddedChannel channel = channel();
        channel.writeInbound(bytes("6060B0170002"));
        channel.writeInbound(bytes("0404000000000000000000000000"));
        assertThat(written(channel)).isEqualTo("00000404|");
        assertThat(negotiated).containsExactly(BoltVersion.V4_4);
    }

    @Test
    void manifestReplyIsOneWriteAndTheChoiceMayArriveWithHello() {
        EmbeddedChannel channel = channel();
        channel.writeInbound(bytes("6060B017" + "000001FF" + "00080805" + "00020404" + "00000003"));
        assertThat(written(channel)).isEqualTo("000001ff06000208050004040500040404000000030000000200000001" + "00|");
        assertThat(negotiated).isEmpty();
        channel.writeInbound(bytes("00000805" + "00" + "0003B101A0"));
        assertThat(negotiated).containsExactly(BoltVersion.V5_8);
        ByteBuf passed = channel.readInbound();
        assertThat(ByteBufUtil.hexDump(passed)).isEqualTo("0003b101a0");
        passed.release();
    }

    @Test
    void manifestChoiceOfAnUnofferedVersionCloses() {
        EmbeddedChannel channel = channel();
        channel.writeInbound(bytes("6060B017" + "000001FF" + "00000000" + "00000000" + "00000000"));
        written(channel);
        channel.writeInbound(bytes("00000505" + "00"));
        assertThat(channel.isOpen()).isFalse();
        assertThat(negotiated).isEmpty();
    }

    @Test
    void wrongMagicClosesWithoutAnswer() {
        EmbeddedChannel channel = channel();
        channel.writeInbound(bytes("48454C4F"));
        assertThat(channel.isOpen()).isFalse();
        assertThat(written(channel)).isEmpty();
    }

    @Test
    void noCommonVersionAnswersZero() {
        EmbeddedChannel channel = channel();
        channel.writeInbound(bytes("6060B017" + "00000006" + "00000000" + "00000000" + "00000000"));
        assertThat(written(channel)).isEqualTo("00000000|");
        assertThat(negotiated).isEmpty();
    }
}
