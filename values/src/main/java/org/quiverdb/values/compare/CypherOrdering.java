package org.quiverdb.values.compare;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.quiverdb.values.value.NodeValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.PathValue;
import org.quiverdb.values.value.PointValue;
import org.quiverdb.values.value.RelationshipValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.TimeValue;
import org.quiverdb.values.value.Value;

/**
 * The total order ORDER BY uses: by type first (map, node, relationship, list, path, point, zoned
 * datetime, local datetime, date, zoned time, local time, duration, string, boolean, number, null
 * last — Neo4j's order), then within a type. NaN sorts above every other number. Stateless.
 */
public final class CypherOrdering implements Comparator<Value> {
    public static final CypherOrdering INSTANCE = new CypherOrdering();

    private CypherOrdering() {}

    @Override
    public int compare(Value a, Value b) {
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        return sameRank(a, b);
    }

    private static int rank(Value v) {
        if (v instanceof MapValue) {
            return 0;
        } else if (v instanceof NodeValue) {
            return 1;
        } else if (v instanceof RelationshipValue) {
            return 2;
        } else if (v instanceof ListValue) {
            return 3;
        } else if (v instanceof PathValue) {
            return 4;
        } else if (v instanceof PointValue) {
            return 5;
        } else if (v instanceof DateTimeValue) {
            return 6;
        } else if (v instanceof LocalDateTimeValue) {
            return 7;
        } else if (v instanceof DateValue) {
            return 8;
        } else if (v instanceof TimeValue) {
            return 9;
        } else if (v instanceof LocalTimeValue) {
            return 10;
        } else if (v instanceof DurationValue) {
            return 11;
        } else if (v instanceof StringValue) {
            return 12;
        } else if (v instanceof BytesValue) {
            return 13;
        } else if (v instanceof BooleanValue) {
            return 14;
        } else if (v instanceof IntegerValue || v instanceof FloatValue) {
            return 15;
        }
        return 16;
    }

    private int sameRank(Value a, Value b) {
        if (a instanceof NullValue) {
            return 0;
        }
        if (CypherEquality.isNumber(a)) {
            boolean nanA = Double.isNaN(NumberComparison.asDouble(a));
            boolean nanB = Double.isNaN(NumberComparison.asDouble(b));
            if (nanA || nanB) {
                return Boolean.compare(nanA, nanB);
            }
            return NumberComparison.compareNumbers(a, b);
        }
        if (a instanceof NodeValue na) {
            return Long.compare(na.id(), ((NodeValue) b).id());
        }
        if (a instanceof RelationshipValue ra) {
            return Long.compare(ra.id(), ((RelationshipValue) b).id());
        }
        if (a instanceof ListValue la) {
            return sequences(la.values(), ((ListValue) b).values());
        }
        if (a instanceof MapValue ma) {
            return maps(ma, (MapValue) b);
        }
        if (a instanceof PathValue pa) {
            PathValue pb = (PathValue) b;
            return sequences(pathElements(pa), pathElements(pb));
        }
        if (a instanceof DurationValue da) {
            DurationValue db = (DurationValue) b;
            return Comparator.comparingLong(DurationValue::months)
                    .thenComparingLong(DurationValue::days)
                    .thenComparingLong(DurationValue::seconds)
                    .thenComparingInt(DurationValue::nanos)
                    .compare(da, db);
        }
        if (a instanceof BytesValue ba) {
            return java.util.Arrays.compare(ba.toByteArray(), ((BytesValue) b).toByteArray());
        }
        if (a instanceof PointValue pa) {
            PointValue pb = (PointValue) b;
            if (pa.srid() != pb.srid()) {
                return Integer.compare(pa.srid(), pb.srid());
            }
            for (int i = 0; i < pa.dimension(); i++) {
                int c = Double.compare(pa.coordinate(i), pb.coordinate(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
        if (a instanceof DateTimeValue da) {
            DateTimeValue db = (DateTimeValue) b;
            int c = da.value().toInstant().compareTo(db.value().toInstant());
            return c != 0
                    ? c
                    : da.value()
                            .getZone()
                            .getId()
                            .compareTo(db.value().getZone().getId());
        }
        if (a instanceof TimeValue ta) {
            TimeValue tb = (TimeValue) b;
            int c = ta.value().compareTo(tb.value());
            return c != 0 ? c : ta.value().getOffset().compareTo(tb.value().getOffset());
        }
        Integer c = Comparability.compare(a, b);
        return c == null ? 0 : c;
    }

    private static List<Value> pathElements(PathValue p) {
        java.util.ArrayList<Value> out = new java.util.ArrayList<>();
        for (int i = 0; i < p.nodes().size(); i++) {
            out.add(p.nodes().get(i));
            if (i < p.relationships().size()) {
                out.add(p.relationships().get(i));
            }
        }
        return out;
    }

    private int sequences(List<Value> a, List<Value> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private int maps(MapValue a, MapValue b) {
        Iterator<Map.Entry<String, Value>> ia =
                new TreeMap<>(a.map()).entrySet().iterator();
        Iterator<Map.Entry<String, Value>> ib =
                new TreeMap<>(b.map()).entrySet().iterator();
        while (ia.hasNext() && ib.hasNext()) {
            Map.Entry<String, Value> ea = ia.next();
            Map.Entry<String, Value> eb = ib.next();
            int c = ea.getKey().compareTo(eb.getKey());
            if (c != 0) {
                return c;
            }
            c = compare(ea.getValue(), eb.getValue());
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(ia.hasNext(), ib.hasNext());
    }
}
