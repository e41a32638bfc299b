package org.quiverdb.storage.graph;

/**
 * A node's adjacency in the {@link RecordHeap}: a directory record with one entry per (type,
 * direction) group, each pointing at a list record of relationship ids, so an expand by type and
 * direction reads only the matching lists.
 *
 * <pre>
 * directory payload: n groups of 16 bytes (n = payload length / 16), in order of creation
 * offset  size  field
 * 0       4     key: type &lt;&lt; 2 | direction (0 outgoing, 1 incoming, 2 loop)
 * 4       4     count: ids in use in the group's list
 * 8       8     heap address of the list record
 * list payload: 4-byte big-endian relationship ids; only the first count are meaningful
 * </pre>
 *
 * A self-loop is stored once, in its loop group. Example: one outgoing KNOWS (type 1)
 * relationship 7 → directory {@code 00000004 00000001 <list>}, list {@code 00000007}.
 *
 * <p>Stateless and thread-safe; callers guard the heap.
 */
final class AdjacencyFormat {
    static final int GROUP_SIZE = 16;
    static final int OUTGOING = 0;
    static final int INCOMING = 1;
    static final int LOOP = 2;

    private AdjacencyFormat() {}

    static int key(int type, int direction) {
        return type << 2 | direction;
    }

    static int typeOf(int key) {
        return key >>> 2;
    }

    static int directionOf(int key) {
        return key & 3;
    }

    /** The direction of relationship (start, end) seen from {@code node}. */
    static int direction(long node, long start, long end) {
        return start == end ? LOOP : node == start ? OUTGOING : INCOMING;
    }

    static int groups(RecordHeap heap, long directory) {
        return directory < 0 ? 0 : heap.length(directory) / GROUP_SIZE;
    }

    static int groupKey(RecordHeap heap, long directory, int group) {
        return (int) heap.entry(directory, group * 4);
    }

    static int groupCount(RecordHeap heap, long directory, int group) {
        return (int) heap.entry(directory, group * 4 + 1);
    }

    static long groupList(RecordHeap heap, long directory, int group) {
        return heap.entry(directory, group * 4 + 2) << 32 | heap.entry(directory, group * 4 + 3);
    }

    static void setGroup(RecordHeap heap, long directory, int group, int key, int count, long list) {
        heap.setEntry(directory, group * 4, key);
        heap.setEntry(directory, group * 4 + 1, count);
        heap.setEntry(directory, group * 4 + 2, list >>> 32);
        heap.setEntry(directory, group * 4 + 3, list & 0xFFFF_FFFFL);
    }

    /** The group index with {@code key}, or -1. */
    static int find(RecordHeap heap, long directory, int key) {
        int n = groups(heap, directory);
        for (int g = 0; g < n; g++) {
            if (groupKey(heap, directory, g) == key) {
                return g;
            }
        }
        return -1;
    }

    /** Every relationship id in the directory, group by group. */
    static long[] all(RecordHeap heap, long directory) {
        int n = groups(heap, directory);
        int total = 0;
        for (int g = 0; g < n; g++) {
            total += groupCount(heap, directory, g);
        }
        long[] out = new long[total];
        int k = 0;
        for (int g = 0; g < n; g++) {
            long list = groupList(heap, directory, g);
            int count = groupCount(heap, directory, g);
            for (int i = 0; i < count; i++) {
                out[k++] = heap.entry(list, i);
            }
        }
        return out;
    }

    /** True when the group matches the directions and types asked for (null types: any). */
    static boolean matches(int key, boolean outgoing, boolean incoming, int[] types) {
        int direction = directionOf(key);
        boolean directionOk = direction == LOOP ? outgoing || incoming : direction == OUTGOING ? outgoing : incoming;
        if (!directionOk) {
            return false;
        }
        if (types == null) {
            return true;
        }
        int type = typeOf(key);
        for (int t : types) {
            if (t == type) {
                return true;
            }
        }
        return false;
    }
}
