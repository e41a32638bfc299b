package org.quiverdb.storage.graph;

import org.quiverdb.storage.format.BytesIn;
import org.quiverdb.storage.format.BytesOut;
import org.quiverdb.storage.format.CorruptDataException;
import org.quiverdb.storage.format.ValueFormat;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.Value;

/**
 * The packed labels and properties of one node or relationship, as stored in a {@link RecordHeap}
 * payload and in checkpoints. Relationships have no labels (count 0). Labels and keys ascend, so
 * they are stored as deltas from the previous one.
 *
 * <pre>
 * field          encoding
 * label count n  var
 * n labels       var delta from the previous label (the first from 0)
 * prop count m   var
 * m properties   var key delta, then the value ({@link ValueFormat})
 * </pre>
 *
 * Example: labels {3}, property 5 = 7 → {@code 01 03 01 05 03 0E}.
 *
 * <p>Stateless and thread-safe.
 */
public final class EntityRecordFormat {
    private EntityRecordFormat() {}

    public static void write(BytesOut out, EntityState state) {
        int previous = 0;
        out.writeVarLong(state.labels().length);
        for (int label : state.labels()) {
            out.writeVarLong(label - previous);
            previous = label;
        }
        previous = 0;
        out.writeVarLong(state.keys().length);
        for (int i = 0; i < state.keys().length; i++) {
            out.writeVarLong(state.keys()[i] - previous);
            previous = state.keys()[i];
            ValueFormat.write(out, state.values()[i]);
        }
    }

    public static EntityState read(BytesIn in) {
        int[] labels = readLabels(in);
        int count = checkedCount(in);
        int[] keys = new int[count];
        Value[] values = new Value[count];
        int previous = 0;
        for (int i = 0; i < count; i++) {
            previous += in.readVarInt();
            keys[i] = previous;
            values[i] = ValueFormat.read(in);
        }
        return new EntityState(labels, keys, values);
    }

    public static int[] readLabels(BytesIn in) {
        int count = checkedCount(in);
        int[] labels = new int[count];
        int previous = 0;
        for (int i = 0; i < count; i++) {
            previous += in.readVarInt();
            labels[i] = previous;
        }
        return labels;
    }

    /** Whether the record's labels include {@code label}, decoding only the labels. */
    public static boolean hasLabel(BytesIn in, int label) {
        int count = checkedCount(in);
        int previous = 0;
        for (int i = 0; i < count; i++) {
            previous += in.readVarInt();
            if (previous >= label) {
                return previous == label;
            }
        }
        return false;
    }

    /** The value under {@code key}, or NULL; decodes only values up to the match. */
    public static Value readProperty(BytesIn in, int key) {
        readLabels(in);
        int count = checkedCount(in);
        int previous = 0;
        for (int i = 0; i < count; i++) {
            previous += in.readVarInt();
            Value value = ValueFormat.read(in);
            if (previous == key) {
                return value;
            }
            if (previous > key) {
                return NullValue.NULL;
            }
        }
        return NullValue.NULL;
    }

    private static int checkedCount(BytesIn in) {
        int count = in.readVarInt();
        if (count > in.remaining()) {
            throw new CorruptDataException("entity record count " + count + " (expected: <= " + in.remaining() + ")");
        }
        return count;
    }
}
