package org.quiverdb.bolt.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiverdb.bolt.handshake.BoltVersion;
import org.quiverdb.bolt.packstream.PackStreamException;
import org.quiverdb.bolt.packstream.PackStreamWriter;
import org.quiverdb.bolt.packstream.ValueDialect;
import org.quiverdb.bolt.packstream.ValuePacker;
import org.quiverdb.values.value.DateTimeValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

class RequestDecoderTest {
    private static ByteBuf message(ValueDialect dialect, int signature, Value... fields) {
        ByteBuf out = Unpooled.buffer();
        PackStreamWriter writer = new PackStreamWriter(out);
        writer.writeStructHeader(fields.length, signature);
        for (Value f : fields) {
            new ValuePacker(dialect).pack(f, writer);
        }
        return out;
    }

    @Test
    void specRunExampleDecodes() {
        ByteBuf bytes = Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump("B3108852455455524E2031A0A0"));
        assertThat(new RequestDecoder(BoltVersion.V4_4).decode(bytes))
                .isEqualTo(new Request.Run("RETURN 1", MapValue.EMPTY, MapValue.EMPTY));
    }

    @Test
    void pullIsPullAllBefore4AndCarriesNAndQidFrom4() {
        assertThat(new RequestDecoder(BoltVersion.V3).decode(Unpooled.wrappedBuffer(new byte[] {(byte) 0xB0, 0x3F})))
                .isEqualTo(new Request.Pull(-1, -1));
        ByteBuf pull = Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump("B13FA2816E6483716964" + "02"));
        assertThat(new RequestDecoder(BoltVersion.V4_0).decode(pull)).isEqualTo(new Request.Pull(100, 2));
    }

    @Test
    void messagesFromNewerVersionsAreInvalidRequests() {
        ByteBuf logoff = Unpooled.wrappedBuffer(new byte[] {(byte) 0xB0, 0x6B});
        assertThat(new RequestDecoder(BoltVersion.V4_4).decode(logoff)).isInstanceOf(Request.Invalid.class);
    }

    @Test
    void wrongFieldCountsAndTrailingBytesAreInvalidFormat() {
        assertThatThrownBy(() -> new RequestDecoder(BoltVersion.V4_4)
                        .decode(Unpooled.wrappedBuffer(new byte[] {(byte) 0xB1, 0x0F, 0x01})))
                .isInstanceOf(PackStreamException.class);
        assertThatThrownBy(() -> new RequestDecoder(BoltVersion.V4_4)
                        .decode(Unpooled.wrappedBuffer(new byte[] {(byte) 0xB0, 0x0F, 0x01})))
                .isInstanceOf(PackStreamException.class)
                .hasMessageContaining("trailing");
    }

    @Test
    void helloAskingForUtcSwitchesLaterMessagesToUtcDateTimes() {
        ValueDialect legacy = new ValueDialect(true, false, false);
        ValueDialect utc = new ValueDialect(true, true, false);
        MapValue params = new MapValue(
                Map.of("t", new DateTimeValue(ZonedDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)))));
        RequestDecoder plain = new RequestDecoder(BoltVersion.V4_4);
        plain.decode(message(legacy, MessageFormat.HELLO, MapValue.EMPTY));
        assertThat(plain.decode(message(legacy, MessageFormat.RUN, StringValue.of("q"), params, MapValue.EMPTY)))
                .isEqualTo(new Request.Run("q", params, MapValue.EMPTY));

        RequestDecoder patched = new RequestDecoder(BoltVersion.V4_4);
        patched.decode(message(
                legacy, MessageFormat.HELLO, new MapValue(Map.of("patch_bolt", ListValue.of(StringValue.of("utc"))))));
        assertThat(patched.decode(message(utc, MessageFormat.RUN, StringValue.of("q"), params, MapValue.EMPTY)))
                .isEqualTo(new Request.Run("q", params, MapValue.EMPTY));
        assertThatThrownBy(() ->
                        patched.decode(message(legacy, MessageFormat.RUN, StringValue.of("q"), params, MapValue.EMPTY)))
                .isInstanceOf(PackStreamException.class);
    }
}
