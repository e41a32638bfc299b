package org.quiverdb.values.value;

/**
 * A Cypher value: what a query reads, computes, stores and returns. Every value is immutable and
 * safe to share between threads.
 *
 * <p>The permitted types are Cypher's closed type system. Property values (storable) are a subset:
 * see {@link #isStorable()}. Graph values ({@link NodeValue}, {@link RelationshipValue}, {@link
 * PathValue}) are snapshots handed to clients, not live references into the store.
 *
 * <p>Java {@code equals} on values is structural identity (used for hashing and tests); Cypher's
 * equality, equivalence and ordering live in the {@code compare} package.
 */
public sealed interface Value
        permits NullValue,
                BooleanValue,
                IntegerValue,
                FloatValue,
                StringValue,
                BytesValue,
                ListValue,
                MapValue,
                DateValue,
                TimeValue,
                LocalTimeValue,
                DateTimeValue,
                LocalDateTimeValue,
                DurationValue,
                PointValue,
                NodeValue,
                RelationshipValue,
                PathValue {

    /** The Cypher type name of this value, as {@code valueType()} prints it (without NOT NULL). */
    String typeName();

    /** True when this value may be stored as a property (scalars, temporals, points, homogeneous lists of them). */
    default boolean isStorable() {
        return false;
    }

    /** True for {@link NullValue}. */
    default boolean isNull() {
        return false;
    }
}
