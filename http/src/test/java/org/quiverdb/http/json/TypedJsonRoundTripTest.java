package org.quiverdb.http.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
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

class TypedJsonRoundTripTest {
    private static String write(Value value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JsonStreams.generator(out)) {
            TypedValueWriter.INSTANCE.write(json, value);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Value read(String text) throws IOException {
        try (JsonParser parser = JsonStreams.parser(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            parser.nextToken();
            return TypedValueReader.read(parser);
        }
    }

    @Test
    void everyPropertyTypeSurvivesWriteThenRead() throws IOException {
        List<Value> values = List.of(
                NullValue.NULL,
                BooleanValue.TRUE,
                IntegerValue.of(Long.MIN_VALUE),
                FloatValue.of(-0.25),
                StringValue.of("snow ☃"),
                BytesValue.of(new byte[] {0, 1, (byte) 0xff}),
                new DateValue(LocalDate.of(2024, 2, 29)),
                new TimeValue(OffsetTime.of(1, 2, 3, 4, ZoneOffset.ofHours(-5))),
                new LocalTimeValue(LocalTime.of(23, 59, 59, 999_999_999)),
                new LocalDateTimeValue(LocalDateTime.of(1, 1, 1, 0, 0)),
                new DateTimeValue(ZonedDateTime.of(2024, 1, 1, 21, 40, 32, 0, ZoneOffset.ofHours(-1))),
                new DateTimeValue(ZonedDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneId.of("Europe/Stockholm"))),
                new DurationValue(13, -2, 3600, 5),
                PointValue.of(PointValue.WGS84_3D, 12.5, 56.25, 100),
                ListValue.of(IntegerValue.of(1), StringValue.of("a")),
                new MapValue(Map.of("k", ListValue.EMPTY)));
        for (Value value : values) {
            assertThat(read(write(value))).as(value.toString()).isEqualTo(value);
        }
    }

    @Property
    void integersTravelAsExactText(@ForAll long n) throws IOException {
        assertThat(write(IntegerValue.of(n))).isEqualTo("{\"$type\":\"Integer\",\"_value\":\"" + n + "\"}");
        assertThat(read(write(IntegerValue.of(n)))).isEqualTo(IntegerValue.of(n));
    }

    @Property
    void floatsSurviveExactly(@ForAll double d) throws IOException {
        assertThat(read(write(FloatValue.of(d)))).isEqualTo(FloatValue.of(d));
    }

    @Test
    void unknownTypesAndMismatchedValuesAreInvalidFormat() {
        for (String bad : List.of(
                "{\"$type\":\"Banana\",\"_value\":\"1\"}",
                "{\"$type\":\"Integer\",\"_value\":\"x\"}",
                "{\"$type\":\"Integer\",\"_value\":1}",
                "{\"$type\":\"Date\",\"_value\":\"2024-13-01\"}",
                "{\"$type\":\"Point\",\"_value\":\"POINT (1 2)\"}",
                "{\"$type\":\"Node\",\"_value\":\"x\"}",
                "{\"_value\":\"1\"}",
                "{\"$type\":\"Integer\"}",
                "7")) {
            assertThatThrownBy(() -> read(bad)).as(bad).isInstanceOfSatisfying(QuiverException.class, e -> assertThat(
                            e.status())
                    .isEqualTo(Status.REQUEST_INVALID_FORMAT));
        }
    }
}
