package org.quiverdb.bolt.packstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.BytesValue;
import org.quiverdb.values.value.DateTimeValue;
import org.quiverdb.values.value.DateValue;
import org.quiverdb.values.value.DurationValue;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.LocalDateTimeValue;
import org.quiverdb.values.value.LocalTimeValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.PointValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.TimeValue;
import org.quiverdb.values.value.Value;

class PackStreamRoundTripTest {
    private static final ValueDialect UTC = new ValueDialect(true, true, true);
    private static final ValueDialect LEGACY = new ValueDialect(true, false, false);

    static Value roundTrip(Value value, ValueDialect dialect) {
        ByteBuf buf = Unpooled.buffer();
        new ValuePacker(dialect).pack(value, new PackStreamWriter(buf));
        PackStreamReader reader = new PackStreamReader(buf);
        Value read = reader.readValue(new ValueUnpacker(dialect));
        assertThat(reader.hasRemaining()).isFalse();
        return read;
    }

    static String hex(Value value, ValueDialect dialect) {
        ByteBuf buf = Unpooled.buffer();
        new ValuePacker(dialect).pack(value, new PackStreamWriter(buf));
        return ByteBufUtil.hexDump(buf).toUpperCase(Locale.ROOT);
    }

    @Property(tries = 500)
    void everyValueSurvivesTheUtcDialect(@ForAll("values") Value value) {
        assertThat(roundTrip(value, UTC)).isEqualTo(value);
    }

    @Property(tries = 300)
    void everyValueSurvivesTheLegacyDialect(@ForAll("legacyValues") Value value) {
        assertThat(roundTrip(value, LEGACY)).isEqualTo(value);
    }

    @Property
    void integersUseTheSmallestForm(@ForAll long value) {
        String hex = hex(IntegerValue.of(value), UTC);
        int expectedBytes = value >= -16 && value <= 127
                ? 1
                : value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE
                        ? 2
                        : value >= Short.MIN_VALUE && value <= Short.MAX_VALUE
                                ? 3
                                : value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? 5 : 9;
        assertThat(hex).hasSize(2 * expectedBytes);
        assertThat(roundTrip(IntegerValue.of(value), UTC)).isEqualTo(IntegerValue.of(value));
    }

    @Test
    void specExamplesEncodeByteForByte() {
        Map<String, Value> map = new LinkedHashMap<>();
        map.put("a", IntegerValue.of(1));
        map.put("b", StringValue.of("xy"));
        assertThat(hex(new MapValue(map), UTC)).isEqualTo("A28161018162827879");
        assertThat(hex(IntegerValue.of(1000), UTC)).isEqualTo("C903E8");
        assertThat(hex(IntegerValue.of(-17), UTC)).isEqualTo("C8EF");
        assertThat(hex(new DateValue(LocalDate.of(2024, 1, 2)), UTC)).isEqualTo("B144C94D0C");
    }

    @Test
    void dateTimeUsesUtcSecondsInUtcDialectAndWallClockSecondsInLegacy() {
        ZonedDateTime t = ZonedDateTime.of(LocalDateTime.of(1970, 1, 1, 1, 0), ZoneOffset.ofHours(1));
        // UTC form: instant 0, tag 'I'; legacy form: wall clock 3600 s, tag 'F'.
        assertThat(hex(new DateTimeValue(t), UTC)).isEqualTo("B349" + "00" + "00" + "C9" + "0E10");
        assertThat(hex(new DateTimeValue(t), LEGACY)).isEqualTo("B346" + "C90E10" + "00" + "C90E10");
    }

    @Test
    void wrongDateTimeFamilyIsRejected() {
        ByteBuf legacy = Unpooled.buffer();
        new ValuePacker(LEGACY)
                .pack(
                        new DateTimeValue(ZonedDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneId.of("Europe/Paris"))),
                        new PackStreamWriter(legacy));
        assertThatThrownBy(() -> new PackStreamReader(legacy).readValue(new ValueUnpacker(UTC)))
                .isInstanceOf(PackStreamException.class);
    }

    @Test
    void nonCanonicalSizesDecode() {
        // STRING_16 holding "a", LIST_32 of one tiny int, MAP_8 of one entry.
        ByteBuf buf = Unpooled.wrappedBuffer(new byte[] {
            (byte) 0xD1, 0, 1, 'a', (byte) 0xD6, 0, 0, 0, 1, 5, (byte) 0xD8, 1, (byte) 0x81, 'k', (byte) 0xC0
        });
        PackStreamReader reader = new PackStreamReader(buf);
        assertThat(reader.readValue(StructureDecoder.NONE)).isEqualTo(StringValue.of("a"));
        assertThat(reader.readValue(StructureDecoder.NONE)).isEqualTo(ListValue.of(IntegerValue.of(5)));
        assertThat(reader.readValue(StructureDecoder.NONE)).isEqualTo(new MapValue(Map.of("k", NullValue.NULL)));
    }

    @Property(tries = 2000)
    void randomBytesNeverEscapeAsAnythingButPackStreamException(@ForAll byte[] bytes) {
        PackStreamReader reader = new PackStreamReader(Unpooled.wrappedBuffer(bytes));
        try {
            while (reader.hasRemaining()) {
                reader.readValue(new ValueUnpacker(UTC));
            }
        } catch (PackStreamException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Test
    void lyingSizesFailBeforeAllocating() {
        ByteBuf buf =
                Unpooled.wrappedBuffer(new byte[] {(byte) 0xD2, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 'a'});
        assertThatThrownBy(() -> new PackStreamReader(buf).readValue(StructureDecoder.NONE))
                .isInstanceOf(PackStreamException.class)
                .hasMessageContaining("expected");
    }

    @Test
    void deepNestingIsRefused() {
        ByteBuf buf = Unpooled.buffer();
        for (int i = 0; i < 1000; i++) {
            buf.writeByte(0x91);
        }
        buf.writeByte(0x01);
        assertThatThrownBy(() -> new PackStreamReader(buf).readValue(StructureDecoder.NONE))
                .isInstanceOf(PackStreamException.class)
                .hasMessageContaining("depth");
    }

    @Provide
    Arbitrary<Value> values() {
        return value(3, true);
    }

    @Provide
    Arbitrary<Value> legacyValues() {
        return value(3, false);
    }

    private static Arbitrary<Value> value(int depth, boolean zoneIds) {
        Arbitrary<Value> scalar = Arbitraries.oneOf(scalars(), temporals(zoneIds));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Value> nested = Arbitraries.lazy(() -> value(depth - 1, zoneIds));
        Arbitrary<Value> lists = nested.list().ofMaxSize(20).map(l -> (Value) new ListValue(new ArrayList<>(l)));
        Arbitrary<Value> maps =
                Arbitraries.maps(strings(), nested).ofMaxSize(20).map(m -> (Value) new MapValue(m));
        return Arbitraries.frequencyOf(Tuple.of(6, scalar), Tuple.of(1, lists), Tuple.of(1, maps));
    }

    private static Arbitrary<String> strings() {
        return Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(300);
    }

    private static Arbitrary<Value> scalars() {
        return Arbitraries.oneOf(
                Arbitraries.just(NullValue.NULL),
                Arbitraries.of(BooleanValue.TRUE, BooleanValue.FALSE),
                Arbitraries.longs().map(IntegerValue::of),
                Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, -17L, -16L, 127L, 128L, 32768L)
                        .map(IntegerValue::of),
                Arbitraries.doubles().map(FloatValue::of),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0)
                        .map(FloatValue::of),
                strings().map(StringValue::of),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(600).map(BytesValue::of));
    }

    private static Arbitrary<Value> temporals(boolean zoneIds) {
        Arbitrary<Instant> instants = Arbitraries.longs()
                .between(-50_000_000_000L, 50_000_000_000L)
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
        Arbitrary<ZoneId> zones = zoneIds
                ? Arbitraries.oneOf(
                        Arbitraries.integers().between(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds),
                        Arbitraries.of("Europe/Stockholm", "America/New_York", "Asia/Kolkata", "UTC")
                                .map(ZoneId::of))
                : Arbitraries.integers().between(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds);
        Arbitrary<LocalTime> times =
                Arbitraries.longs().between(0, 86_399_999_999_999L).map(LocalTime::ofNanoOfDay);
        return Arbitraries.oneOf(
                instants.map(i -> new DateValue(LocalDate.ofEpochDay(i.getEpochSecond() / 86400))),
                times.map(LocalTimeValue::new),
                Combinators.combine(times, Arbitraries.integers().between(-18 * 3600, 18 * 3600))
                        .as((t, o) -> new TimeValue(OffsetTime.of(t, ZoneOffset.ofTotalSeconds(o)))),
                instants.map(i -> new LocalDateTimeValue(LocalDateTime.ofInstant(i, ZoneOffset.UTC))),
                Combinators.combine(instants, zones).as((i, z) -> new DateTimeValue(ZonedDateTime.ofInstant(i, z))),
                Combinators.combine(
                                Arbitraries.longs().between(-1000, 1000),
                                Arbitraries.longs().between(-100_000, 100_000),
                                Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
                                Arbitraries.integers().between(0, 999_999_999))
                        .as(DurationValue::new),
                Combinators.combine(Arbitraries.doubles(), Arbitraries.doubles())
                        .as((x, y) -> PointValue.of(PointValue.CARTESIAN, x, y)),
                Combinators.combine(Arbitraries.doubles(), Arbitraries.doubles(), Arbitraries.doubles())
                        .as((x, y, z) -> PointValue.of(PointValue.WGS84_3D, x, y, z)));
    }
}
