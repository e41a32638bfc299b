package org.quiverdb.storage.graph;

import java.util.Arrays;

/** A growable stack of primitive longs (free ids, free slots). Not thread-safe. */
public final class LongStack {
    private long[] items = new long[8];
    private int size;

    public void push(long value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = value;
    }

    public long pop() {
        return items[--size];
    }

    public long get(int index) {
        return items[index];
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    public void clear() {
        size = 0;
    }
}
