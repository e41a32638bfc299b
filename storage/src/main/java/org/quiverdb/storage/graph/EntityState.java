package org.quiverdb.storage.graph;

import java.util.Arrays;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.Value;

/**
 * The decoded labels and properties of one node or relationship, used while a commit changes it
 * and while a checkpoint or log entry is encoded. Labels are kept sorted, property keys sorted.
 * Not thread-safe: confined to the committing thread.
 */
public final class EntityState {
    private int[] labels;
    private int[] keys;
    private Value[] values;

    public EntityState(int[] labels, int[] keys, Value[] values) {
        this.labels = labels;
        this.keys = keys;
        this.values = values;
    }

    public static EntityState empty() {
        return new EntityState(new int[0], new int[0], new Value[0]);
    }

    public int[] labels() {
        return labels;
    }

    public int[] keys() {
        return keys;
    }

    public Value[] values() {
        return values;
    }

    public boolean hasLabel(int label) {
        return Arrays.binarySearch(labels, label) >= 0;
    }

    /** Adds a label; false when already present. */
    public boolean addLabel(int label) {
        int index = Arrays.binarySearch(labels, label);
        if (index >= 0) {
            return false;
        }
        int at = -index - 1;
        int[] next = new int[labels.length + 1];
        System.arraycopy(labels, 0, next, 0, at);
        next[at] = label;
        System.arraycopy(labels, at, next, at + 1, labels.length - at);
        labels = next;
        return true;
    }

    /** Removes a label; false when absent. */
    public boolean removeLabel(int label) {
        int index = Arrays.binarySearch(labels, label);
        if (index < 0) {
            return false;
        }
        int[] next = new int[labels.length - 1];
        System.arraycopy(labels, 0, next, 0, index);
        System.arraycopy(labels, index + 1, next, index, labels.length - index - 1);
        labels = next;
        return true;
    }

    public Value property(int key) {
        int index = Arrays.binarySearch(keys, key);
        return index >= 0 ? values[index] : NullValue.NULL;
    }

    public void setProperty(int key, Value value) {
        int index = Arrays.binarySearch(keys, key);
        if (index >= 0) {
            values[index] = value;
            return;
        }
        int at = -index - 1;
        int[] nextKeys = new int[keys.length + 1];
        Value[] nextValues = new Value[values.length + 1];
        System.arraycopy(keys, 0, nextKeys, 0, at);
        System.arraycopy(values, 0, nextValues, 0, at);
        nextKeys[at] = key;
        nextValues[at] = value;
        System.arraycopy(keys, at, nextKeys, at + 1, keys.length - at);
        System.arraycopy(values, at, nextValues, at + 1, values.length - at);
        keys = nextKeys;
        values = nextValues;
    }

    public void removeProperty(int key) {
        int index = Arrays.binarySearch(keys, key);
        if (index < 0) {
            return;
        }
        int[] nextKeys = new int[keys.length - 1];
        Value[] nextValues = new Value[values.length - 1];
        System.arraycopy(keys, 0, nextKeys, 0, index);
        System.arraycopy(values, 0, nextValues, 0, index);
        System.arraycopy(keys, index + 1, nextKeys, index, keys.length - index - 1);
        System.arraycopy(values, index + 1, nextValues, index, values.length - index - 1);
        keys = nextKeys;
        values = nextValues;
    }
}
