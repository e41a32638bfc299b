package org.quiverdb.storage.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
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
import org.quiverdb.values.value.PointValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.TimeValue;
import org.quiverdb.values.value.Value;

/**
 * The byte encoding of one storable property value: a tag byte, then the payload. Varints are
 * LEB128 ({@link BytesOut#writeVarLong}); "svar" is zig-zag LEB128; doubles are 8 bytes big-endian.
 *
 * <pre>
 * tag  type            payload
 *  1   false           -
 *  2   true            -
 *  3   INTEGER         svar value
 *  4   FLOAT           8 bytes IEEE-754
 *  5   STRING          var length n, n bytes UTF-8
 *  6   BYTE ARRAY      var length n, n bytes
 *  7   DATE            svar epoch day
 *  8   ZONED TIME      var nano of day, svar offset seconds
 *  9   LOCAL TIME      var nano of day
 * 10   ZONED DATETIME  svar epoch second, var nano, zone: 0 + svar offset seconds | 1 + zone id string
 * 11   LOCAL DATETIME  svar epoch second (as if UTC), var nano
 * 12   DURATION        svar months, svar days, svar seconds, var nanos
 * 13   POINT           var srid, 2 or 3 doubles (dimension from the srid)
 * 14   LIST            var count n, n values each with its tag
 * </pre>
 *
 * Example: the integer -2 is {@code 03 03}; the string "hi" is {@code 05 02 68 69}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ValueFormat {
    static final int FALSE = 1;
    static final int TRUE = 2;
    static final int INTEGER = 3;
    static final int FLOAT = 4;
    static final int STRING = 5;
    static final int BYTES = 6;
    static final int DATE = 7;
    static final int TIME = 8;
    static final int LOCAL_TIME = 9;
    static final int DATE_TIME = 10;
    static final int LOCAL_DATE_TIME = 11;
    static final int DURATION = 12;
    static final int POINT = 13;
    static final int LIST = 14;

    /** Decoders refuse lists longer than this before allocating. */
    static final int MAX_LIST = 1 << 24;

    private ValueFormat() {}

    /** Writes a storable value; throws IllegalArgumentException for anything else. */
    public static void write(BytesOut out, Value value) {
        if (value instanceof BooleanValue b) {
            out.writeByte(b.booleanValue() ? TRUE : FALSE);
        } else if (value instanceof IntegerValue i) {
            out.writeByte(INTEGER).writeSignedVarLong(i.value());
        } else if (value instanceof FloatValue f) {
            out.writeByte(FLOAT).writeLong(Double.doubleToRawLongBits(f.value()));
        } else if (value instanceof StringValue s) {
            out.writeByte(STRING).writeString(s.value());
        } else if (value instanceof BytesValue b) {
            byte[] raw = b.toByteArray();
            out.writeByte(BYTES).writeVarLong(raw.length).writeBytes(raw, 0, raw.length);
        } else if (value instanceof ListValue l) {
            out.writeByte(LIST).writeVarLong(l.size());
            for (Value element : l.values()) {
                write(out, element);
            }
        } else {
            writeTemporalOrPoint(out, value);
        }
    }

    private static void writeTemporalOrPoint(BytesOut out, Value value) {
        if (value instanceof DateValue d) {
            out.writeByte(DATE).writeSignedVarLong(d.value().toEpochDay());
        } else if (value instanceof TimeValue t) {
            out.writeByte(TIME)
                    .writeVarLong(t.value().toLocalTime().toNanoOfDay())
                    .writeSignedVarLong(t.value().getOffset().getTotalSeconds());
        } else if (value instanceof LocalTimeValue t) {
            out.writeByte(LOCAL_TIME).writeVarLong(t.value().toNanoOfDay());
        } else if (value instanceof DateTimeValue dt) {
            writeDateTime(out, dt.value());
        } else if (value instanceof LocalDateTimeValue ldt) {
            Instant asUtc = ldt.value().toInstant(ZoneOffset.UTC);
            out.writeByte(LOCAL_DATE_TIME)
                    .writeSignedVarLong(asUtc.getEpochSecond())
                    .writeVarLong(asUtc.getNano());
        } else if (value instanceof DurationValue d) {
            out.writeByte(DURATION)
                    .writeSignedVarLong(d.months())
                    .writeSignedVarLong(d.days())
                    .writeSignedVarLong(d.seconds())
                    .writeVarLong(d.nanos());
        } else if (value instanceof PointValue p) {
            out.writeByte(POINT).writeVarLong(p.srid());
            for (int i = 0; i < p.dimension(); i++) {
                out.writeLong(Double.doubleToRawLongBits(p.coordinate(i)));
            }
        } else {
            throw new IllegalArgumentException(
                    "property value of type " + value.typeName() + " (expected: a storable value)");
        }
    }

    private static void writeDateTime(BytesOut out, ZonedDateTime value) {
        Instant instant = value.toInstant();
        out.writeByte(DATE_TIME).writeSignedVarLong(instant.getEpochSecond()).writeVarLong(instant.getNano());
        if (value.getZone() instanceof ZoneOffset offset) {
            out.writeByte(0).writeSignedVarLong(offset.getTotalSeconds());
        } else {
            out.writeByte(1).writeString(value.getZone().getId());
        }
    }

    /** Reads one value written by {@link #write}. */
    public static Value read(BytesIn in) {
        int tag = in.readByte();
        return switch (tag) {
            case FALSE -> BooleanValue.FALSE;
            case TRUE -> BooleanValue.TRUE;
            case INTEGER -> IntegerValue.of(in.readSignedVarLong());
            case FLOAT -> FloatValue.of(Double.longBitsToDouble(in.readLong()));
            case STRING -> StringValue.of(in.readString());
            case BYTES -> BytesValue.of(in.readBytes(in.readVarInt()));
            case DATE -> new DateValue(LocalDate.ofEpochDay(in.readSignedVarLong()));
            case TIME ->
                new TimeValue(OffsetTime.of(LocalTime.ofNanoOfDay(in.readVarLong()), ZoneOffset.ofTotalSeconds((int)
                        in.readSignedVarLong())));
            case LOCAL_TIME -> new LocalTimeValue(LocalTime.ofNanoOfDay(in.readVarLong()));
            case DATE_TIME -> readDateTime(in);
            case LOCAL_DATE_TIME ->
                new LocalDateTimeValue(
                        LocalDateTime.ofEpochSecond(in.readSignedVarLong(), in.readVarInt(), ZoneOffset.UTC));
            case DURATION ->
                new DurationValue(
                        in.readSignedVarLong(), in.readSignedVarLong(), in.readSignedVarLong(), in.readVarInt());
            case POINT -> readPoint(in);
            case LIST -> readList(in);
            default ->
                throw new CorruptDataException(
                        "value tag " + tag + " at offset " + (in.position() - 1) + " (expected: 1..14)");
        };
    }

    private static Value readDateTime(BytesIn in) {
        long epochSecond = in.readSignedVarLong();
        int nano = in.readVarInt();
        int zoneKind = in.readByte();
        ZoneId zone =
                switch (zoneKind) {
                    case 0 -> ZoneOffset.ofTotalSeconds((int) in.readSignedVarLong());
                    case 1 -> ZoneId.of(in.readString());
                    default -> throw new CorruptDataException("zone kind " + zoneKind + " (expected: 0 or 1)");
                };
        return new DateTimeValue(ZonedDateTime.ofInstant(Instant.ofEpochSecond(epochSecond, nano), zone));
    }

    private static Value readPoint(BytesIn in) {
        int srid = in.readVarInt();
        int dimension;
        try {
            dimension = PointValue.dimensionOf(srid);
        } catch (IllegalArgumentException e) {
            throw new CorruptDataException("point srid " + srid + " (expected: 7203, 9157, 4326 or 4979)");
        }
        double[] coordinates = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            coordinates[i] = Double.longBitsToDouble(in.readLong());
        }
        return PointValue.of(srid, coordinates);
    }

    private static Value readList(BytesIn in) {
        int count = in.readVarInt();
        if (count > MAX_LIST || count > in.remaining()) {
            throw new CorruptDataException("list of " + count + " values (expected: <= " + in.remaining() + ")");
        }
        List<Value> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(read(in));
        }
        return new ListValue(values);
    }
}
