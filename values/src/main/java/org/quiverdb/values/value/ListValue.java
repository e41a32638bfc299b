package org.quiverdb.values.value;

import java.util.List;

/** A Cypher list. Storable when every element is storable, non-null and of one type. */
public record ListValue(List<Value> values) implements Value {
    public static final ListValue EMPTY = new ListValue(List.of());

    public ListValue {
        values = List.copyOf(values);
    }

    public static ListValue of(Value... values) {
        return new ListValue(List.of(values));
    }

    public int size() {
        return values.size();
    }

    public Value get(int index) {
        return values.get(index);
    }

    @Override
    public String typeName() {
        return "LIST<ANY>";
    }

    @Override
    public boolean isStorable() {
        if (values.isEmpty()) {
            return true;
        }
        Class<?> first = values.get(0).getClass();
        for (Value v : values) {
            if (!v.isStorable() || v instanceof ListValue || v.getClass() != first) {
                return false;
            }
        }
        return true;
    }
}
