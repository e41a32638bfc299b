package org.quiverdb.cypher.function;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/** String functions: case, trimming, replace, substring, left/right, split. Stateless. */
final class StringFunctions {
    private StringFunctions() {}

    static void register() {
        Functions.register("toUpper", 1, 1, (a, ctx) -> map1(a[0], "toUpper", s -> s.toUpperCase(Locale.ROOT)));
        Functions.register("upper", 1, 1, (a, ctx) -> map1(a[0], "upper", s -> s.toUpperCase(Locale.ROOT)));
        Functions.register("toLower", 1, 1, (a, ctx) -> map1(a[0], "toLower", s -> s.toLowerCase(Locale.ROOT)));
        Functions.register("lower", 1, 1, (a, ctx) -> map1(a[0], "lower", s -> s.toLowerCase(Locale.ROOT)));
        Functions.register("trim", 1, 1, (a, ctx) -> map1(a[0], "trim", String::strip));
        Functions.register("ltrim", 1, 1, (a, ctx) -> map1(a[0], "ltrim", String::stripLeading));
        Functions.register("rtrim", 1, 1, (a, ctx) -> map1(a[0], "rtrim", String::stripTrailing));
        Functions.register("replace", 3, 3, (a, ctx) -> {
            if (a[0].isNull() || a[1].isNull() || a[2].isNull()) {
                return NullValue.NULL;
            }
            return StringValue.of(str(a[0], "replace").replace(str(a[1], "replace"), str(a[2], "replace")));
        });
        Functions.register("substring", 2, 3, (a, ctx) -> {
            if (a[0].isNull()) {
                return NullValue.NULL;
            }
            String s = str(a[0], "substring");
            long start = ListFunctions.integer(a[1], "substring");
            long len = a.length > 2 ? ListFunctions.integer(a[2], "substring") : Long.MAX_VALUE;
            if (start < 0 || len < 0) {
                throw CypherErrors.argument("negative start or length in substring(): " + start + ", " + len);
            }
            int from = (int) Math.min(start, s.length());
            int to = (int) Math.min(s.length(), from + Math.min(len, Integer.MAX_VALUE));
            return StringValue.of(s.substring(from, to));
        });
        Functions.register("left", 2, 2, (a, ctx) -> {
            if (a[0].isNull()) {
                return NullValue.NULL;
            }
            String s = str(a[0], "left");
            long n = length(a[1], "left");
            return StringValue.of(s.substring(0, (int) Math.min(n, s.length())));
        });
        Functions.register("right", 2, 2, (a, ctx) -> {
            if (a[0].isNull()) {
                return NullValue.NULL;
            }
            String s = str(a[0], "right");
            long n = length(a[1], "right");
            return StringValue.of(s.substring(s.length() - (int) Math.min(n, s.length())));
        });
        Functions.register("split", 2, 2, (a, ctx) -> {
            if (a[0].isNull() || a[1].isNull()) {
                return NullValue.NULL;
            }
            return split(str(a[0], "split"), str(a[1], "split"));
        });
    }

    private static long length(Value v, String fn) {
        if (v.isNull()) {
            throw CypherErrors.argument("null length in " + fn + "() (expected: a non-negative INTEGER)");
        }
        long n = ListFunctions.integer(v, fn);
        if (n < 0) {
            throw CypherErrors.argument("negative length in " + fn + "(): " + n);
        }
        return n;
    }

    private static Value split(String s, String sep) {
        List<Value> out = new ArrayList<>();
        if (sep.isEmpty()) {
            s.codePoints().forEach(c -> out.add(StringValue.of(new String(Character.toChars(c)))));
            return new ListValue(out);
        }
        int from = 0;
        while (true) {
            int i = s.indexOf(sep, from);
            if (i < 0) {
                out.add(StringValue.of(s.substring(from)));
                return new ListValue(out);
            }
            out.add(StringValue.of(s.substring(from, i)));
            from = i + sep.length();
        }
    }

    static String str(Value v, String fn) {
        if (v instanceof StringValue s) {
            return s.value();
        }
        throw CypherErrors.typeError("argument of " + fn + "()", v, "a STRING");
    }

    private static Value map1(Value v, String fn, java.util.function.UnaryOperator<String> op) {
        if (v.isNull()) {
            return NullValue.NULL;
        }
        return StringValue.of(op.apply(str(v, fn)));
    }
}
