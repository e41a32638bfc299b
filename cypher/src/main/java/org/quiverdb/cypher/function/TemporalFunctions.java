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
        for (String kind : new String[] {"date", "localtime", "time", "localdatetime", "datetime"}) {
            Functions.register(
                    kind + ".truncate",
                    2,
                    3,
                    (a, ctx) -> TemporalTruncation.truncate(
                            kind, a[0], a[1], a.length > 2 && a[2] instanceof MapValue m ? m : MapValue.EMPTY));
            for (String clock : new String[] {"transaction", "statement", "realtime"}) {
                Functions.register(
                        kind + "." + clock,
                        0,
                        1,
                        (a, ctx) -> a.length == 1 && a[0].isNull()
                                ? NullValue.NULL
                                : construct(
                                        a.length == 0
                                                ? a
                                                : new Value[] {new MapValue(java.util.Map.of("timezone", a[0]))},
                                        ctx,
                                        kind));
            }
        }
        Functions.register(
                "duration.between", 2, 2, (a, ctx) -> DurationBetween.between(a[0], a[1], DurationBetween.Units.ALL));
        Functions.register(
                "duration.inMonths",
                2,
                2,
                (a, ctx) -> DurationBetween.between(a[0], a[1], DurationBetween.Units.MONTHS));
        Functions.register(
                "duration.inDays", 2, 2, (a, ctx) -> DurationBetween.between(a[0], a[1], DurationBetween.Units.DAYS));
        Functions.register(
                "duration.inSeconds",
                2,
                2,
                (a, ctx) -> DurationBetween.between(a[0], a[1], DurationBetween.Units.SECONDS));
        Functions.register(
                "datetime.fromepoch",
                2,
                2,
                (a, ctx) -> new DateTimeValue(ZonedDateTime.ofInstant(
                        java.time.Instant.ofEpochSecond(
                                ListFunctions.integer(a[0], "datetime.fromepoch"),
                                ListFunctions.integer(a[1], "datetime.fromepoch")),
                        ZoneOffset.UTC)));
        Functions.register(
                "datetime.fromepochmillis",
                1,
                1,
                (a, ctx) -> new DateTimeValue(ZonedDateTime.ofInstant(
                        java.time.Instant.ofEpochMilli(ListFunctions.integer(a[0], "datetime.fromepochmillis")),
                        ZoneOffset.UTC)));
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
