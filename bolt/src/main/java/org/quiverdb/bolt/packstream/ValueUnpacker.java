package org.quiverdb.bolt.packstream;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.quiverdb.values.value.DateTimeValue;
import org.quiverdb.values.value.DateValue;
import org.quiverdb.values.value.DurationValue;
import org.quiverdb.values.value.LocalDateTimeValue;
import org.quiverdb.values.value.LocalTimeValue;
import org.quiverdb.values.value.PointValue;
import org.quiverdb.values.value.TimeValue;
import org.quiverdb.values.value.Value;

/**
 * Decodes the value structures a client may send as parameters (temporal and spatial; never graph
 * entities) in one {@link ValueDialect}. A structure of the other date-time family, a wrong field
 * count or an out-of-range field is invalid input. Stateless apart from the dialect; thread-safe.
 */
public final class ValueUnpacker implements StructureDecoder {
    private final ValueDialect dialect;

    public ValueUnpacker(ValueDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public Value decode(int tag, int fields, PackStreamReader in, int depth) {
        if (!dialect.temporalAndSpatial()) {
            throw new PackStreamException(
                    "structure tag 0x" + Integer.toHexString(tag) + " (expected: none in Bolt protocol version 1)");
        }
        try {
            return switch (tag) {
                case StructureFormat.DATE -> {
                    expect(tag, fields, 1);
                    yield new DateValue(LocalDate.ofEpochDay(in.readInt()));
                }
                case StructureFormat.TIME -> {
                    expect(tag, fields, 2);
                    LocalTime time = LocalTime.ofNanoOfDay(in.readInt());
                    yield new TimeValue(OffsetTime.of(time, offset(in.readInt())));
                }
                case StructureFormat.LOCAL_TIME -> {
                    expect(tag, fields, 1);
                    yield new LocalTimeValue(LocalTime.ofNanoOfDay(in.readInt()));
                }
                case StructureFormat.LOCAL_DATE_TIME -> {
                    expect(tag, fields, 2);
                    yield new LocalDateTimeValue(localDateTime(in.readInt(), in.readInt()));
                }
                case StructureFormat.DATE_TIME_UTC_OFFSET, StructureFormat.DATE_TIME_UTC_ZONE_ID ->
                    utc(tag, fields, in);
                case StructureFormat.DATE_TIME_LEGACY_OFFSET, StructureFormat.DATE_TIME_LEGACY_ZONE_ID ->
                    legacy(tag, fields, in);
                case StructureFormat.DURATION -> {
                    expect(tag, fields, 4);
                    long months = in.readInt();
                    long days = in.readInt();
                    long seconds = in.readInt();
                    long nanos = in.readInt();
                    yield new DurationValue(
                            months, days, Math.addExact(seconds, Math.floorDiv(nanos, 1_000_000_000L)), (int)
                                    Math.floorMod(nanos, 1_000_000_000L));
                }
                case StructureFormat.POINT_2D -> {
                    expect(tag, fields, 3);
                    int srid = (int) in.readInt();
                    yield PointValue.of(srid, in.readFloat(), in.readFloat());
                }
                case StructureFormat.POINT_3D -> {
                    expect(tag, fields, 4);
                    int srid = (int) in.readInt();
                    yield PointValue.of(srid, in.readFloat(), in.readFloat(), in.readFloat());
                }
                default ->
                    throw new PackStreamException("structure tag 0x" + Integer.toHexString(tag)
                            + " (expected: a temporal or spatial value; graph entities cannot be parameters)");
            };
        } catch (DateTimeException | ArithmeticException | IllegalArgumentException e) {
            if (e instanceof PackStreamException p) {
                throw p;
            }
            throw new PackStreamException("structure tag 0x" + Integer.toHexString(tag) + ": " + e.getMessage());
        }
    }

    private Value utc(int tag, int fields, PackStreamReader in) {
        if (!dialect.utcDateTime()) {
            throw wrongFamily(tag, "legacy F/f");
        }
        expect(tag, fields, 3);
        Instant instant = Instant.ofEpochSecond(in.readInt(), nanos(in.readInt()));
        ZoneId zone = tag == StructureFormat.DATE_TIME_UTC_OFFSET ? offset(in.readInt()) : ZoneId.of(in.readString());
        return new DateTimeValue(ZonedDateTime.ofInstant(instant, zone));
    }

    private Value legacy(int tag, int fields, PackStreamReader in) {
        if (dialect.utcDateTime()) {
            throw wrongFamily(tag, "UTC I/i");
        }
        expect(tag, fields, 3);
        LocalDateTime local = localDateTime(in.readInt(), in.readInt());
        if (tag == StructureFormat.DATE_TIME_LEGACY_OFFSET) {
            return new DateTimeValue(ZonedDateTime.of(local, offset(in.readInt())));
        }
        return new DateTimeValue(ZonedDateTime.ofLocal(local, ZoneId.of(in.readString()), null));
    }

    private static LocalDateTime localDateTime(long seconds, long nanos) {
        return LocalDateTime.ofEpochSecond(seconds, nanos(nanos), ZoneOffset.UTC);
    }

    private static int nanos(long nanos) {
        if (nanos < 0 || nanos > 999_999_999) {
            throw new PackStreamException("nanoseconds: " + nanos + " (expected: 0..999999999)");
        }
        return (int) nanos;
    }

    private static ZoneOffset offset(long seconds) {
        return ZoneOffset.ofTotalSeconds(Math.toIntExact(seconds));
    }

    private static PackStreamException wrongFamily(int tag, String expected) {
        return new PackStreamException(
                "date-time structure tag 0x" + Integer.toHexString(tag) + " (expected: " + expected + " tags)");
    }

    private static void expect(int tag, int fields, int expected) {
        if (fields != expected) {
            throw new PackStreamException("structure tag 0x" + Integer.toHexString(tag) + " with " + fields
                    + " fields (expected: " + expected + ")");
        }
    }
}
