package org.quiverdb.bolt.message;

import java.util.ArrayList;
import java.util.List;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/**
 * Typed reads of a request's metadata map (HELLO extra, BEGIN/RUN extra, PULL's n/qid). Absent
 * and null keys read as the default; a value of the wrong type is a {@code Request.Invalid}
 * failure naming the key. Stateless.
 */
public final class Metadata {
    private Metadata() {}

    public static String string(MapValue map, String key) {
        Value v = map.get(key);
        if (v.isNull()) {
            return null;
        }
        if (v instanceof StringValue s) {
            return s.value();
        }
        throw wrongType(key, v, "STRING");
    }

    /** An integer; JavaScript drivers send whole floats for numbers, so those are accepted too. */
    public static long integer(MapValue map, String key, long absent) {
        Value v = map.get(key);
        if (v.isNull()) {
            return absent;
        }
        if (v instanceof IntegerValue i) {
            return i.value();
        }
        if (v instanceof FloatValue f && f.value() == Math.rint(f.value()) && !Double.isInfinite(f.value())) {
            return (long) f.value();
        }
        throw wrongType(key, v, "INTEGER");
    }

    public static MapValue map(MapValue map, String key) {
        Value v = map.get(key);
        if (v.isNull()) {
            return MapValue.EMPTY;
        }
        if (v instanceof MapValue m) {
            return m;
        }
        throw wrongType(key, v, "MAP");
    }

    public static List<String> strings(MapValue map, String key) {
        Value v = map.get(key);
        if (v.isNull()) {
            return List.of();
        }
        if (v instanceof ListValue list) {
            List<String> out = new ArrayList<>(list.size());
            for (Value item : list.values()) {
                if (!(item instanceof StringValue s)) {
                    throw wrongType(key, item, "LIST<STRING>");
                }
                out.add(s.value());
            }
            return out;
        }
        throw wrongType(key, v, "LIST<STRING>");
    }

    private static QuiverException wrongType(String key, Value v, String expected) {
        return new QuiverException(
                Status.REQUEST_INVALID, "'" + key + "': a " + v.typeName() + " (expected: " + expected + ")");
    }
}
