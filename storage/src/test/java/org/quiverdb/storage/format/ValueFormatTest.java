package org.quiverdb.storage.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
import org.quiverdb.values.value.PointValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.TimeValue;
import org.quiverdb.values.value.Value;

class ValueFormatTest {
    private static Value roundTrip(Value value) {
        BytesOut out = new BytesOut(16);
        ValueFormat.write(out, value);
        BytesIn in = BytesIn.of(out.toByteArray());
        Value read = ValueFormat.read(in);
        assertThat(in.hasRemaining()).isFalse();
        return read;
    }

    @Property(tries = 500)
    void everyStorableValueRoundTrips(@ForAll("storable") Value value) {
        assertThat(roundTrip(value)).isEqualTo(value);
    }

    @Test
    void javadocExamplesHold() {
        BytesOut out = new BytesOut(8);
        ValueFormat.write(out, IntegerValue.of(-2));
        ValueFormat.write(out, StringValue.of("hi"));
        assertThat(out.toByteArray()).containsExactly(0x03, 0x03, 0x05, 0x02, 0x68, 0x69);
    }

    @Test
    void nonStorableValuesAreRefused() {
        assertThatThrownBy(() -> ValueFormat.write(new BytesOut(8), MapValue.EMPTY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MAP");
    }

    @Test
    void unknownTagAndOversizedListFailAsCorruption() {
        assertThatThrownBy(() -> ValueFormat.read(BytesIn.of(new byte[] {99})))
                .isInstanceOf(CorruptDataException.class);
        assertThatThrownBy(() -> ValueFormat.read(BytesIn.of(new byte[] {14, (byte) 0xFF, 0x7F})))
                .isInstanceOf(CorruptDataException.class);
    }

    @Provide
    Arbitrary<Value> storable() {
        Arbitrary<Value> scalar = Arbitraries.oneOf(List.of(
                Arbitraries.of(BooleanValue.TRUE, BooleanValue.FALSE),
                Arbitraries.longs().map(IntegerValue::of),
                Arbitraries.doubles().map(FloatValue::of),
                Arbitraries.strings().ofMaxLength(40).map(StringValue::of),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(20).map(BytesValue::of),
                Arbitraries.longs().between(-300_000, 3_000_000).map(d -> new DateValue(LocalDate.ofEpochDay(d))),
                Arbitraries.longs()
                        .between(0, 86_399_999_999_999L)
                        .map(n -> new LocalTimeValue(LocalTime.ofNanoOfDay(n))),
                Combinators.combine(
                                Arbitraries.longs().between(0, 86_399_999_999_999L),
                                Arbitraries.integers().between(-64_800, 64_800))
                        .as((n, o) ->
                                new TimeValue(OffsetTime.of(LocalTime.ofNanoOfDay(n), ZoneOffset.ofTotalSeconds(o)))),
                Combinators.combine(
                                Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L),
                                Arbitraries.integers().between(0, 999_999_999),
                                Arbitraries.of("Europe/Stockholm", "+02:00", "Z", "America/New_York"))
                        .as((s, n, z) ->
                                new DateTimeValue(ZonedDateTime.ofInstant(Instant.ofEpochSecond(s, n), ZoneId.of(z)))),
                Combinators.combine(
                                Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L),
                                Arbitraries.integers().between(0, 999_999_999))
                        .as((s, n) -> new LocalDateTimeValue(LocalDateTime.ofEpochSecond(s, n, ZoneOffset.UTC))),
                Combinators.combine(
                                Arbitraries.longs(),
                                Arbitraries.longs(),
                                Arbitraries.longs().between(-1L << 40, 1L << 40),
                                Arbitraries.integers().between(0, 999_999_999))
                        .as(DurationValue::new),
                Combinators.combine(Arbitraries.doubles(), Arbitraries.doubles())
                        .as((x, y) -> PointValue.of(PointValue.WGS84, x, y)),
                Combinators.combine(Arbitraries.doubles(), Arbitraries.doubles(), Arbitraries.doubles())
                        .as((x, y, z) -> PointValue.of(PointValue.CARTESIAN_3D, x, y, z))));
        Arbitrary<Value> lists = Arbitraries.longs()
                .map(IntegerValue::of)
                .list()
                .ofMaxSize(5)
                .map(values -> new ListValue(List.copyOf(values)));
        return Arbitraries.oneOf(List.of(scalar, lists));
    }
}
