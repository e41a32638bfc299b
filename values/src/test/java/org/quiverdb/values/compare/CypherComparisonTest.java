package org.quiverdb.values.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.FloatValue;
import org.quiverdb.values.value.IntegerValue;
import org.quiverdb.values.value.ListValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

class CypherComparisonTest {
    @Provide
    Arbitrary<Value> values() {
        Arbitrary<Value> scalar = Arbitraries.oneOf(
                Arbitraries.longs().between(-5, 5).map(IntegerValue::of),
                Arbitraries.of(-1.5, 0.0, -0.0, 2.0, Double.NaN, Double.POSITIVE_INFINITY)
                        .map(FloatValue::of),
                Arbitraries.of("", "a", "b").map(StringValue::of),
                Arbitraries.of(BooleanValue.TRUE, BooleanValue.FALSE, NullValue.NULL));
        return Arbitraries.recursive(
                () -> scalar, inner -> inner.list().ofMaxSize(3).map(ListValue::new), 2);
    }

    @Property(tries = 500)
    void orderingIsAntisymmetric(@ForAll("values") Value a, @ForAll("values") Value b) {
        assertThat(Integer.signum(CypherOrdering.INSTANCE.compare(a, b)))
                .isEqualTo(-Integer.signum(CypherOrdering.INSTANCE.compare(b, a)));
    }

    @Property(tries = 500)
    void orderingIsTransitive(@ForAll("values") Value a, @ForAll("values") Value b, @ForAll("values") Value c) {
        List<Value> sorted = new java.util.ArrayList<>(List.of(a, b, c));
        sorted.sort(CypherOrdering.INSTANCE);
        assertThat(CypherOrdering.INSTANCE.compare(sorted.get(0), sorted.get(2)))
                .isLessThanOrEqualTo(0);
    }

    @Property(tries = 500)
    void equalityIsSymmetric(@ForAll("values") Value a, @ForAll("values") Value b) {
        assertThat(CypherEquality.equal(a, b)).isEqualTo(CypherEquality.equal(b, a));
    }

    @Property(tries = 500)
    void equivalentValuesHaveEqualKeys(@ForAll("values") Value a, @ForAll("values") Value b) {
        if (EquivalenceKey.equivalent(a, b)) {
            assertThat(new EquivalenceKey(a)).isEqualTo(new EquivalenceKey(b));
            assertThat(new EquivalenceKey(a).hashCode()).isEqualTo(new EquivalenceKey(b).hashCode());
        }
    }

    @Test
    void nullMakesEqualityUnknownButIsEquivalentToItself() {
        assertThat(CypherEquality.equal(NullValue.NULL, NullValue.NULL)).isEqualTo(Ternary.UNKNOWN);
        assertThat(EquivalenceKey.equivalent(NullValue.NULL, NullValue.NULL)).isTrue();
        assertThat(CypherEquality.equal(
                        ListValue.of(IntegerValue.of(1), NullValue.NULL),
                        ListValue.of(IntegerValue.of(2), NullValue.NULL)))
                .isEqualTo(Ternary.FALSE);
    }

    @Test
    void integersAndFloatsCompareByValue() {
        assertThat(CypherEquality.equal(IntegerValue.of(1), FloatValue.of(1.0))).isEqualTo(Ternary.TRUE);
        assertThat(Comparability.compare(IntegerValue.of(Long.MAX_VALUE), FloatValue.of(0x1p63)))
                .isEqualTo(-1);
        assertThat(Comparability.compare(FloatValue.of(Double.NaN), IntegerValue.of(1)))
                .isNull();
    }

    @Test
    void orderByPutsNullLastAndNumbersAfterStrings() {
        List<Value> l = new java.util.ArrayList<>(List.of(
                NullValue.NULL, IntegerValue.of(1), StringValue.of("a"), FloatValue.of(Double.NaN), BooleanValue.TRUE));
        l.sort(CypherOrdering.INSTANCE);
        assertThat(l)
                .containsExactly(
                        StringValue.of("a"),
                        BooleanValue.TRUE,
                        IntegerValue.of(1),
                        FloatValue.of(Double.NaN),
                        NullValue.NULL);
    }
}
