package org.quiverdb.cypher.function;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.PathValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/** List functions: size, head, last, tail, range, reverse, coalesce, isEmpty. Stateless. */
final class ListFunctions {
    private static final long MAX_RANGE = 100_000_000L;

    private ListFunctions() {}

    static void register() {
        Functions.register("size", 1, 1, (a, ctx) -> {
            if (a[0] instanceof ListValue l) {
                return IntegerValue.of(l.size());
            }
            if (a[0] instanceof StringValue s) {
                return IntegerValue.of(s.value().codePointCount(0, s.value().length()));
            }
            if (a[0] instanceof PathValue) {
                throw CypherErrors.typeError("size()", a[0], "a STRING or LIST (use length() for paths)");
            }
            return GraphFunctions.nullOr(a[0], "size");
        });
        Functions.register("head", 1, 1, (a, ctx) -> {
            ListValue l = list(a[0], "head");
            return l == null || l.size() == 0 ? NullValue.NULL : l.get(0);
        });
        Functions.register("last", 1, 1, (a, ctx) -> {
            ListValue l = list(a[0], "last");
            return l == null || l.size() == 0 ? NullValue.NULL : l.get(l.size() - 1);
        });
        Functions.register("tail", 1, 1, (a, ctx) -> {
            ListValue l = list(a[0], "tail");
            if (l == null) {
                return NullValue.NULL;
            }
            return l.size() == 0 ? ListValue.EMPTY : new ListValue(l.values().subList(1, l.size()));
        });
        Functions.register("range", 2, 3, (a, ctx) -> range(a));
        Functions.register("reverse", 1, 1, (a, ctx) -> {
            if (a[0] instanceof StringValue s) {
                return StringValue.of(new StringBuilder(s.value()).reverse().toString());
            }
            ListValue l = list(a[0], "reverse");
            if (l == null) {
                return NullValue.NULL;
            }
            List<Value> out = new ArrayList<>(l.values());
            Collections.reverse(out);
            return new ListValue(out);
        });
        Functions.register("coalesce", 1, Integer.MAX_VALUE, (a, ctx) -> {
            for (Value v : a) {
                if (!v.isNull()) {
                    return v;
                }
            }
            return NullValue.NULL;
        });
        Functions.register("isEmpty", 1, 1, (a, ctx) -> {
            if (a[0] instanceof ListValue l) {
                return org.quiverdb.values.value.BooleanValue.of(l.size() == 0);
            }
            if (a[0] instanceof StringValue s) {
                return org.quiverdb.values.value.BooleanValue.of(s.value().isEmpty());
            }
            if (a[0] instanceof MapValue m) {
                return org.quiverdb.values.value.BooleanValue.of(m.size() == 0);
            }
            return GraphFunctions.nullOr(a[0], "isEmpty");
        });
    }

    static ListValue list(Value v, String fn) {
        if (v.isNull()) {
            return null;
        }
        if (v instanceof ListValue l) {
            return l;
        }
        throw CypherErrors.typeError("argument of " + fn + "()", v, "a LIST");
    }

    private static Value range(Value[] a) {
        for (Value v : a) {
            if (!(v instanceof IntegerValue)) {
                throw CypherErrors.argument("range() takes INTEGER arguments, got " + v.typeName());
            }
        }
        long start = integer(a[0], "range");
        long end = integer(a[1], "range");
        long step = a.length > 2 ? integer(a[2], "range") : 1;
        if (step == 0) {
            throw CypherErrors.argument("step argument to range() can't be 0");
        }
        List<Value> out = new ArrayList<>();
        for (long i = start; step > 0 ? i <= end : i >= end; i += step) {
            if (out.size() >= MAX_RANGE) {
                throw CypherErrors.argument("range() too large: more than " + MAX_RANGE + " elements");
            }
            out.add(IntegerValue.of(i));
        }
        return new ListValue(out);
    }

    static long integer(Value v, String fn) {
        if (v instanceof IntegerValue i) {
            return i.value();
        }
        throw CypherErrors.typeError("argument of " + fn + "()", v, "an INTEGER");
    }
}
