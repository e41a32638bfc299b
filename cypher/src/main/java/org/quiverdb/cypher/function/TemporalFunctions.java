package org.quiverdb.cypher.function;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.cypher.runtime.ExecutionContext;
import org.quiverdb.values.value.DateTimeValue;
import org.quiverdb.values.value.DateValue;
import org.quiverdb.values.value.LocalDateTimeValue;
import org.quiverdb.values.value.LocalTimeValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.TimeValue;
import org.quiverdb.values.value.Value;

/**
 * Temporal constructors: {@code date}, {@code localtime}, {@code time}, {@code localdatetime},
 * {@code datetime} and {@code duration} from nothing (the statement's clock), an ISO string or a
 * map of fields; plus {@code timestamp()}. Stateless.
 */
final class TemporalFunctions {
    private TemporalFunctions() {}

    static void register() {
        Functions.register(
                "timestamp",
                0,
                0,
                (a, ctx) -> org.quiverdb.values.value.IntegerValue.of(
                        ctx.statementTime().toEpochMilli()));
        Functions.register("date", 0, 1, (a, ctx) -> construct(a, ctx, "date"));
        Functions.register("localtime", 0, 1, (a, ctx) -> construct(a, ctx, "localtime"));
        Functions.register("time", 0, 1, (a, ctx) -> construct(a, ctx, "time"));
        Functions.register("localdatetime", 0, 1, (a, ctx) -> construct(a, ctx, "localdatetime"));
        Functions.register("datetime", 0, 1, (a, ctx) -> construct(a, ctx, "datetime"));
        Functions.register("duration", 1, 1, (a, ctx) -> {
            if (a[0].isNull()) {
                return NullValue.NULL;
            }
            if (a[0] instanceof StringValue s) {
                return DurationText.parse(s.value());
            }
            if (a[0] instanceof MapValue m) {
                return DurationText.fromMap(m);
            }
            throw CypherErrors.typeError("argument of duration()", a[0], "a STRING or MAP");
        });
    }

    private static Value construct(Value[] a, ExecutionContext ctx, String kind) {
        if (a.length == 0) {
            return now(ctx, kind, ZoneOffset.UTC);
        }
        Value v = a[0];
        if (v.isNull()) {
            return NullValue.NULL;
        }
        if (v instanceof StringValue s) {
            try {
                return TemporalParsing.parse(kind, s.value());
            } catch (DateTimeParseException | ArithmeticException e) {
                throw CypherErrors.argument("Text cannot be parsed to a " + kind + ": '" + s.value() + "'");
            }
        }
        if (v instanceof MapValue m) {
            if (m.map().containsKey("timezone") && m.size() == 1) {
                return now(ctx, kind, TemporalParsing.zone(m.get("timezone")));
            }
            return TemporalMaps.build(kind, m);
        }
        Value converted = TemporalMaps.convert(kind, v);
        if (converted != null) {
            return converted;
        }
        throw CypherErrors.typeError("argument of " + kind + "()", v, "a STRING or MAP");
    }

    private static Value now(ExecutionContext ctx, String kind, ZoneId zone) {
        ZonedDateTime t = ctx.statementTime().atZone(zone);
        return switch (kind) {
            case "date" -> new DateValue(t.toLocalDate());
            case "localtime" -> new LocalTimeValue(t.toLocalTime());
            case "time" -> new TimeValue(t.toOffsetDateTime().toOffsetTime());
            case "localdatetime" -> new LocalDateTimeValue(t.toLocalDateTime());
            default -> new DateTimeValue(t);
        };
    }

    /** The ISO text Neo4j prints for a temporal value, or null for non-temporals. */
    static String text(Value v) {
        return org.quiverdb.values.temporal.TemporalText.of(v);
    }
}
