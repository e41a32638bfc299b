package org.quiverdb.bolt.handshake;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

class VersionNegotiatorTest {
    private final VersionNegotiator negotiator = new VersionNegotiator(BoltVersion.SUPPORTED);

    private VersionNegotiator.Outcome offer(int... slots) {
        return negotiator.negotiate(slots);
    }

    @Test
    void java528DriverGetsTheManifest() {
        assertThat(offer(0x000001FF, 0x00080805, 0x00020404, 0x00000003))
                .isInstanceOf(VersionNegotiator.Manifest.class);
    }

    @Test
    void java526DriverGets57() {
        assertThat(offer(0x00070705, 0x00020404, 0x00000104, 0x00000003))
                .isEqualTo(new VersionNegotiator.Chosen(new BoltVersion(5, 7)));
    }

    @Test
    void java44DriverGets44() {
        assertThat(offer(0x00020404, 0x00000104, 0x00000004, 0x00000003))
                .isEqualTo(new VersionNegotiator.Chosen(BoltVersion.V4_4));
    }

    @Test
    void legacyDriversGetTheirFirstSupportedProposal() {
        assertThat(offer(3, 2, 1, 0)).isEqualTo(new VersionNegotiator.Chosen(BoltVersion.V3));
        assertThat(offer(2, 1, 0, 0)).isEqualTo(new VersionNegotiator.Chosen(BoltVersion.V2));
        assertThat(offer(1, 0, 0, 0)).isEqualTo(new VersionNegotiator.Chosen(BoltVersion.V1));
    }

    @Test
    void version55IsNeverChosen() {
        assertThat(offer(0x00000505, 0, 0, 0)).isInstanceOf(VersionNegotiator.NoCommonVersion.class);
        assertThat(offer(0x00010605, 0, 0, 0)).isEqualTo(new VersionNegotiator.Chosen(BoltVersion.V5_6));
        assertThat(offer(0x00010505, 0, 0, 0)).isEqualTo(new VersionNegotiator.Chosen(BoltVersion.V5_4));
    }

    @Test
    void unknownVersionsGetNothing() {
        assertThat(offer(0x00000006, 0x00000007, 0, 0)).isInstanceOf(VersionNegotiator.NoCommonVersion.class);
        assertThat(offer(0, 0, 0, 0)).isInstanceOf(VersionNegotiator.NoCommonVersion.class);
        assertThat(offer(0x000002FF, 0, 0, 0)).isInstanceOf(VersionNegotiator.NoCommonVersion.class);
    }

    @Test
    void manifestReplyListsContiguousRanges() {
        ByteBuf out = Unpooled.buffer();
        HandshakeFormat.writeManifest(out, BoltVersion.SUPPORTED);
        assertThat(ByteBufUtil.hexDump(out))
                .isEqualTo("000001ff" + "06" + "00020805" + "00040405" + "00040404" + "00000003" + "00000002"
                        + "00000001" + "00");
    }

    @Test
    void manifestChoiceMustBeAnOfferedConcreteVersion() {
        assertThat(negotiator.accepts(0x00000805)).isTrue();
        assertThat(negotiator.accepts(0x00000505)).isFalse();
        assertThat(negotiator.accepts(0x00010805)).isFalse();
        assertThat(negotiator.accepts(0)).isFalse();
    }

    @Test
    void varintsRoundTripAndWaitForTheirLastByte() {
        for (long value : new long[] {0, 1, 127, 128, 300, 1L << 40, Long.MAX_VALUE}) {
            ByteBuf buf = Unpooled.buffer();
            HandshakeFormat.writeVarint(buf, value);
            ByteBuf partial = buf.slice(0, buf.readableBytes() - 1);
            assertThat(HandshakeFormat.readVarint(partial)).isEqualTo(-1);
            assertThat(HandshakeFormat.readVarint(buf)).isEqualTo(value);
        }
    }
}
