package org.quiverdb.cypher.function;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.quiverdb.cypher.runtime.Arithmetic;
import org.quiverdb.cypher.runtime.CypherErrors;
import org.quiverdb.values.compare.Comparability;
import org.quiverdb.values.compare.CypherOrdering;
import org.quiverdb.values.compare.EquivalenceKey;
import org.quiverdb.values.value.DurationValue;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.Value;

/**
 * The aggregating functions: count, sum, avg, min, max, collect, stDev, stDevP, percentileCont,
 * percentileDisc. Nulls are skipped; DISTINCT keeps the first of each equivalence class.
 * Stateless factory.
 */
public final class Aggregations {
    private static final Set<String> NAMES = Set.of(
            "count", "sum", "avg", "min", "max", "collect", "stdev", "stdevp", "percentilecont", "percentiledisc");

    private Aggregations() {}

    public static boolean isAggregate(String name) {
        return NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** A factory of fresh aggregators for one aggregate call. */
    public static Supplier<Aggregator> factory(String name, boolean distinct) {
        String n = name.toLowerCase(Locale.ROOT);
        Supplier<Aggregator> base =
                switch (n) {
                    case "count" -> Count::new;
                    case "sum" -> Sum::new;
                    case "avg" -> Avg::new;
                    case "min" -> () -> new Extreme(-1);
                    case "max" -> () -> new Extreme(1);
                    case "collect" -> Collect::new;
                    case "stdev" -> () -> new StDev(true);
                    case "stdevp" -> () -> new StDev(false);
                    case "percentilecont" -> () -> new Percentile(true);
                    case "percentiledisc" -> () -> new Percentile(false);
                    default -> throw CypherErrors.semantic("Unknown aggregating function '" + name + "'");
                };
        return distinct ? () -> new Distinct(base.get()) : base;
    }

    /** Wraps an aggregator so each equivalent first argument is added once. */
    private static final class Distinct implements Aggregator {
        private final Aggregator inner;
        private final Set<EquivalenceKey> seen = new HashSet<>();

        Distinct(Aggregator inner) {
            this.inner = inner;
        }

        @Override
        public void add(Value[] a) {
            if (!a[0].isNull() && seen.add(new EquivalenceKey(a[0]))) {
                inner.add(a);
            }
        }

        @Override
        public Value result() {
            return inner.result();
        }
    }

    private static final class Count implements Aggregator {
        private long n;

        @Override
        public void add(Value[] a) {
            if (a.length == 0 || !a[0].isNull()) {
                n++;
            }
        }

        @Override
        public Value result() {
            return IntegerValue.of(n);
        }
    }

    private static final class Sum implements Aggregator {
        private Value sum = IntegerValue.of(0);

        @Override
        public void add(Value[] a) {
            if (a[0].isNull()) {
                return;
            }
            if (!Arithmetic.isNumber(a[0]) && !(a[0] instanceof DurationValue)) {
                throw CypherErrors.typeError("sum()", a[0], "a number or DURATION");
            }
            sum = sum instanceof IntegerValue i && i.value() == 0 && a[0] instanceof DurationValue
                    ? a[0]
                    : Arithmetic.add(sum, a[0]);
        }

        @Override
        public Value result() {
            return sum;
        }
    }

    private static final class Avg implements Aggregator {
        private double sum;
        private long count;
        private Value durationSum;

        @Override
        public void add(Value[] a) {
            if (a[0].isNull()) {
                return;
            }
            if (a[0] instanceof DurationValue d) {
                durationSum = durationSum == null ? d : Arithmetic.add(durationSum, d);
            } else if (!Arithmetic.isNumber(a[0])) {
                throw CypherErrors.typeError("avg()", a[0], "a number or DURATION");
            } else {
                sum += Arithmetic.toDouble(a[0]);
            }
            count++;
        }

        @Override
        public Value result() {
            if (count == 0) {
                return NullValue.NULL;
            }
            if (durationSum != null) {
                return Arithmetic.divide(durationSum, IntegerValue.of(count));
            }
            return FloatValue.of(sum / count);
        }
    }

    private static final class Extreme implements Aggregator {
        private final int sign;
        private Value best = NullValue.NULL;

        Extreme(int sign) {
            this.sign = sign;
        }

        @Override
        public void add(Value[] a) {
            Value v = a[0];
            if (v.isNull()) {
                return;
            }
            if (best.isNull()) {
                best = v;
                return;
            }
            Integer c = Comparability.compare(v, best);
            int cmp = c != null ? c : CypherOrdering.INSTANCE.compare(v, best);
            if (cmp * sign > 0) {
                best = v;
            }
        }

        @Override
        public Value result() {
            return best;
        }
    }

    private static final class Collect implements Aggregator {
        private final List<Value> values = new ArrayList<>();

        @Override
        public void add(Value[] a) {
            if (!a[0].isNull()) {
                values.add(a[0]);
            }
        }

        @Override
        public Value result() {
            return new ListValue(values);
        }
    }

    private static final class StDev implements Aggregator {
        private final boolean sample;
        private final List<Double> values = new ArrayList<>();

        StDev(boolean sample) {
            this.sample = sample;
        }

        @Override
        public void add(Value[] a) {
            if (!a[0].isNull()) {
                if (!Arithmetic.isNumber(a[0])) {
                    throw CypherErrors.typeError("stDev()", a[0], "a number");
                }
                values.add(Arithmetic.toDouble(a[0]));
            }
        }

        @Override
        public Value result() {
            int n = values.size();
            if (n < 2) {
                return FloatValue.of(0.0);
            }
            double mean =
                    values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double ss =
                    values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            return FloatValue.of(Math.sqrt(ss / (sample ? n - 1 : n)));
        }
    }

    private static final class Percentile implements Aggregator {
        private final boolean continuous;
        private final List<Value> values = new ArrayList<>();
        private double percentile = -1;

        Percentile(boolean continuous) {
            this.continuous = continuous;
        }

        @Override
        public void add(Value[] a) {
            if (percentile < 0) {
                if (!Arithmetic.isNumber(a[1])) {
                    throw CypherErrors.typeError("percentile", a[1], "a number between 0.0 and 1.0");
                }
                percentile = Arithmetic.toDouble(a[1]);
                if (percentile < 0 || percentile > 1) {
                    throw CypherErrors.argument("percentile: " + percentile + " (expected: between 0.0 and 1.0)");
                }
            }
            if (!a[0].isNull()) {
                values.add(a[0]);
            }
        }

        @Override
        public Value result() {
            if (values.isEmpty()) {
                return NullValue.NULL;
            }
            values.sort(CypherOrdering.INSTANCE);
            int n = values.size();
            if (!continuous) {
                int idx = percentile == 0 ? 0 : (int) Math.ceil(percentile * n) - 1;
                return values.get(Math.max(0, Math.min(n - 1, idx)));
            }
            double pos = percentile * (n - 1);
            int lo = (int) Math.floor(pos);
            int hi = (int) Math.ceil(pos);
            double a = Arithmetic.toDouble(values.get(lo));
            double b = Arithmetic.toDouble(values.get(hi));
            return FloatValue.of(a + (b - a) * (pos - lo));
        }
    }
}
