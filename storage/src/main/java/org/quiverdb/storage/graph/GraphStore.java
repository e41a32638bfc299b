package org.quiverdb.storage.graph;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.quiverdb.storage.api.Command;
import org.quiverdb.storage.api.CountKeys;
import org.quiverdb.storage.api.CountsDelta;
import org.quiverdb.storage.api.StoreView;
import org.quiverdb.storage.format.BytesIn;
import org.quiverdb.storage.mvcc.Version;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.Value;

/**
 * The committed graph in primitive arrays indexed by id: per node the heap address of its packed
 * labels and properties, the address of its adjacency list (relationship ids) and its degree; per
 * relationship its type, ends and the address of its packed properties. Older snapshots read the
 * before-images in {@link Version} chains; the current arrays hold the newest applied state.
 *
 * <p>A record address {@link #FREE} means no entity, {@link #DELETED} an entity deleted by a
 * commit whose version is not yet reclaimed (its id is not reusable yet).
 *
 * <p>Thread-safety: {@link #lock} guards every field. Readers hold the read lock for each call;
 * {@link CommitApplier} and {@link #reclaim} hold the write lock. Commits are serialized by the
 * engine, so at most one applier runs.
 */
public final class GraphStore {
    static final long FREE = -1;
    static final long DELETED = -2;

    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    final RecordHeap heap = new RecordHeap();
    final TokenTable tokens = new TokenTable();
    final LabelIndex labelIndex = new LabelIndex();
    /** Writes adjacency while a checkpoint loads, before any snapshot exists. */
    private final AdjacencyWriter loader = new AdjacencyWriter(this, true, node -> {}, node -> {});

    final IdPool nodeIds = new IdPool();
    final IdPool relationshipIds = new IdPool();

    long[] nodeRecord = filled(new long[1024]);
    long[] nodeAdjacency = filled(new long[1024]);
    int[] nodeDegree = new int[1024];
    int nodeLimit;

    int[] relType = new int[1024];
    long[] relStart = new long[1024];
    long[] relEnd = new long[1024];
    long[] relRecord = filled(new long[1024]);
    int relLimit;

    final Map<Long, Version> nodeVersions = new HashMap<>();
    final Map<Long, Version> relVersions = new HashMap<>();
    final Map<Long, Long> counts = new HashMap<>();
    final ArrayDeque<CommitRecord> history = new ArrayDeque<>();
    /** The newest commit whose versions were dropped: older snapshots can no longer be validated. */
    long reclaimedThrough;

    /** The oldest commit still holding versions (MAX_VALUE when none); lets reclaim skip the lock. */
    private volatile long oldestUnreclaimed = Long.MAX_VALUE;

    private void noteHistory() {
        oldestUnreclaimed =
                history.isEmpty() ? Long.MAX_VALUE : history.peekFirst().txId();
    }

    private static long[] filled(long[] array) {
        Arrays.fill(array, FREE);
        return array;
    }

    public TokenTable tokens() {
        return tokens;
    }

    public IdPool nodeIds() {
        return nodeIds;
    }

    public IdPool relationshipIds() {
        return relationshipIds;
    }

    void ensureNodeCapacity(long node) {
        if (node >= Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("node id " + node + " (expected: < " + (Integer.MAX_VALUE - 8) + ")");
        }
        int needed = (int) node + 1;
        if (needed > nodeRecord.length) {
            int size = Math.max(needed, nodeRecord.length + nodeRecord.length / 2);
            int old = nodeRecord.length;
            nodeRecord = Arrays.copyOf(nodeRecord, size);
            nodeAdjacency = Arrays.copyOf(nodeAdjacency, size);
            Arrays.fill(nodeRecord, old, size, FREE);
            Arrays.fill(nodeAdjacency, old, size, FREE);
            nodeDegree = Arrays.copyOf(nodeDegree, size);
        }
        nodeLimit = Math.max(nodeLimit, needed);
    }

    void ensureRelationshipCapacity(long rel) {
        if (rel >= Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(
                    "relationship id " + rel + " (expected: < " + (Integer.MAX_VALUE - 8) + ")");
        }
        int needed = (int) rel + 1;
        if (needed > relRecord.length) {
            int size = Math.max(needed, relRecord.length + relRecord.length / 2);
            int old = relRecord.length;
            relRecord = Arrays.copyOf(relRecord, size);
            Arrays.fill(relRecord, old, size, FREE);
            relType = Arrays.copyOf(relType, size);
            relStart = Arrays.copyOf(relStart, size);
            relEnd = Arrays.copyOf(relEnd, size);
        }
        relLimit = Math.max(relLimit, needed);
    }

    // ---- reads at a snapshot; callers hold the read lock ----

    long nodeRecordAt(long node, long snapshot) {
        if (node < 0 || node >= nodeLimit) {
            return FREE;
        }
        Version v = nodeVersions.isEmpty() ? null : Version.visibleAt(nodeVersions.get(node), snapshot);
        return v != null ? v.record : nodeRecord[(int) node];
    }

    long relRecordAt(long rel, long snapshot) {
        if (rel < 0 || rel >= relLimit) {
            return FREE;
        }
        Version v = relVersions.isEmpty() ? null : Version.visibleAt(relVersions.get(rel), snapshot);
        return v != null ? v.record : relRecord[(int) rel];
    }

    /** The node's adjacency directory at a snapshot (FREE when it has none). */
    long directoryAt(long node, long snapshot) {
        if (node < 0 || node >= nodeLimit) {
            return FREE;
        }
        Version v = nodeVersions.isEmpty() ? null : Version.visibleAt(nodeVersions.get(node), snapshot);
        return v != null ? v.adjacency : nodeAdjacency[(int) node];
    }

    long[] nodeRelationshipsAt(long node, long snapshot) {
        return AdjacencyFormat.all(heap, directoryAt(node, snapshot));
    }

    /**
     * The node's relationships in the matching groups only, four longs each (id, type, start, end);
     * {@code types} null means any type.
     */
    long[] expandAt(long node, long snapshot, boolean outgoing, boolean incoming, int[] types) {
        long directory = directoryAt(node, snapshot);
        int groups = AdjacencyFormat.groups(heap, directory);
        int total = 0;
        for (int g = 0; g < groups; g++) {
            if (AdjacencyFormat.matches(AdjacencyFormat.groupKey(heap, directory, g), outgoing, incoming, types)) {
                total += AdjacencyFormat.groupCount(heap, directory, g);
            }
        }
        long[] out = new long[total * 4];
        int k = 0;
        for (int g = 0; g < groups; g++) {
            if (!AdjacencyFormat.matches(AdjacencyFormat.groupKey(heap, directory, g), outgoing, incoming, types)) {
                continue;
            }
            long list = AdjacencyFormat.groupList(heap, directory, g);
            int count = AdjacencyFormat.groupCount(heap, directory, g);
            for (int i = 0; i < count; i++) {
                int rel = (int) heap.entry(list, i);
                out[k++] = rel;
                out[k++] = relType[rel];
                out[k++] = relStart[rel];
                out[k++] = relEnd[rel];
            }
        }
        return out;
    }

    /** How many relationships the matching groups hold, without reading any list. */
    int degreeAt(long node, long snapshot, boolean outgoing, boolean incoming, int[] types) {
        long directory = directoryAt(node, snapshot);
        int groups = AdjacencyFormat.groups(heap, directory);
        int total = 0;
        for (int g = 0; g < groups; g++) {
            if (AdjacencyFormat.matches(AdjacencyFormat.groupKey(heap, directory, g), outgoing, incoming, types)) {
                total += AdjacencyFormat.groupCount(heap, directory, g);
            }
        }
        return total;
    }

    int scanNodesAt(long from, int label, long[] out, long snapshot) {
        if (label >= 0) {
            return scanLabelAt(from, label, out, snapshot);
        }
        int n = 0;
        for (long id = Math.max(0, from); id < nodeLimit && n < out.length; id++) {
            long address = nodeRecordAt(id, snapshot);
            if (address >= 0 && (label < 0 || EntityRecordFormat.hasLabel(recordBytes(address), label))) {
                out[n++] = id;
            }
        }
        return n;
    }

    private int scanLabelAt(long from, int label, long[] out, long snapshot) {
        int n = 0;
        for (long id = labelIndex.next(label, from); id >= 0 && n < out.length; id = labelIndex.next(label, id + 1)) {
            long address = nodeRecordAt(id, snapshot);
            if (address >= 0 && EntityRecordFormat.hasLabel(recordBytes(address), label)) {
                out[n++] = id;
            }
        }
        return n;
    }

    /** How many node ids the label index holds for {@code label}: labelled nodes plus retained ones. */
    public int labelIndexSize(int label) {
        lock.readLock().lock();
        try {
            return labelIndex.candidates(label);
        } finally {
            lock.readLock().unlock();
        }
    }

    int scanRelationshipsAt(long from, long[] out, long snapshot) {
        int n = 0;
        for (long id = Math.max(0, from); id < relLimit && n < out.length; id++) {
            if (relRecordAt(id, snapshot) >= 0) {
                out[n++] = id;
            }
        }
        return n;
    }

    BytesIn recordBytes(long address) {
        return new BytesIn(heap.page(address), heap.payloadOffset(address), heap.length(address));
    }

    int[] labelsOf(long address) {
        return address < 0 ? new int[0] : EntityRecordFormat.readLabels(recordBytes(address));
    }

    Value propertyOf(long address, int key) {
        return address < 0 ? NullValue.NULL : EntityRecordFormat.readProperty(recordBytes(address), key);
    }

    EntityState stateOf(long address) {
        return address < 0 ? EntityState.empty() : EntityRecordFormat.read(recordBytes(address));
    }

    long countAt(long key, long snapshot) {
        long value = counts.getOrDefault(key, 0L);
        var it = history.descendingIterator();
        while (it.hasNext()) {
            CommitRecord commit = it.next();
            if (commit.txId() <= snapshot) {
                break;
            }
            value -= commit.counts().get(key);
        }
        return value;
    }

    long countNodesAt(int label, long snapshot) {
        return countAt(CountKeys.node(label), snapshot);
    }

    // ---- current state, for commit validation; callers serialize commits ----

    boolean nodeExistsNow(long node) {
        return node >= 0 && node < nodeLimit && nodeRecord[(int) node] >= 0;
    }

    boolean relationshipExistsNow(long rel) {
        return rel >= 0 && rel < relLimit && relRecord[(int) rel] >= 0;
    }

    int degreeNow(long node) {
        return node >= 0 && node < nodeLimit ? nodeDegree[(int) node] : 0;
    }

    boolean nodeChangedAfter(long node, long snapshot) {
        return Version.recordChangedAfter(nodeVersions.get(node), snapshot);
    }

    boolean relationshipChangedAfter(long rel, long snapshot) {
        return Version.recordChangedAfter(relVersions.get(rel), snapshot);
    }

    // ---- commits ----

    /** Fails with WRITE_CONFLICT when the commands lose against commits after {@code snapshotTx}. */
    public void validate(long snapshotTx, List<Command> commands) {
        lock.readLock().lock();
        try {
            new CommitValidator(this, snapshotTx).validate(commands);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Applies a validated transaction as {@code txId}; invisible to snapshots older than it. */
    public void apply(long txId, List<Command> commands) {
        lock.writeLock().lock();
        try {
            new CommitApplier(this, txId).apply(commands);
            noteHistory();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Drops versions no snapshot at or after {@code oldestSnapshot} needs. */
    public int reclaim(long oldestSnapshot) {
        if (oldestSnapshot < oldestUnreclaimed) {
            return 0;
        }
        lock.writeLock().lock();
        try {
            int reclaimed = new VersionReclaimer(this).reclaim(oldestSnapshot);
            noteHistory();
            return reclaimed;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** A view of the snapshot {@code snapshotTx}; {@code onClose} runs once when it is closed. */
    public StoreView view(long snapshotTx, Runnable onClose) {
        return new SnapshotView(this, snapshotTx, onClose);
    }

    // ---- checkpoints: export at a snapshot, load before the engine opens ----

    /** The packed record of a node at a snapshot, or null when it does not exist there. */
    public byte[] nodeRecordBytes(long node, long snapshot) {
        lock.readLock().lock();
        try {
            long address = nodeRecordAt(node, snapshot);
            return address < 0 ? null : copyPayload(address);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The packed record of a relationship at a snapshot, or null when it does not exist there. */
    public byte[] relationshipRecordBytes(long rel, long snapshot) {
        lock.readLock().lock();
        try {
            long address = relRecordAt(rel, snapshot);
            return address < 0 ? null : copyPayload(address);
        } finally {
            lock.readLock().unlock();
        }
    }

    private byte[] copyPayload(long address) {
        byte[] out = new byte[heap.length(address)];
        System.arraycopy(heap.page(address), heap.payloadOffset(address), out, 0, out.length);
        return out;
    }

    /** Loads a node from a checkpoint; only before the store is shared. */
    public void loadNode(long node, byte[] record) {
        lock.writeLock().lock();
        try {
            ensureNodeCapacity(node);
            long address = heap.allocate(record.length);
            heap.writePayload(address, record, record.length);
            nodeRecord[(int) node] = address;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Loads a relationship from a checkpoint; its end nodes must be loaded already. */
    public void loadRelationship(long rel, int type, long start, long end, byte[] record) {
        lock.writeLock().lock();
        try {
            ensureRelationshipCapacity(rel);
            long address = heap.allocate(record.length);
            heap.writePayload(address, record, record.length);
            int i = (int) rel;
            relRecord[i] = address;
            relType[i] = type;
            relStart[i] = start;
            relEnd[i] = end;
            loader.add(start, rel, AdjacencyFormat.key(type, AdjacencyFormat.direction(start, start, end)));
            if (end != start) {
                loader.add(end, rel, AdjacencyFormat.key(type, AdjacencyFormat.INCOMING));
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** After loading: recompute the counts store and rebuild the id pools. */
    public void finishLoad() {
        lock.writeLock().lock();
        try {
            CountsDelta delta = new CountsDelta();
            labelIndex.clear();
            for (int n = 0; n < nodeLimit; n++) {
                if (nodeRecord[n] >= 0) {
                    int[] labels = labelsOf(nodeRecord[n]);
                    delta.node(labels, 1);
                    for (int label : labels) {
                        labelIndex.add(label, n);
                    }
                }
            }
            for (int r = 0; r < relLimit; r++) {
                if (relRecord[r] >= 0) {
                    delta.relationship(
                            labelsOf(nodeRecord[(int) relStart[r]]),
                            relType[r],
                            labelsOf(nodeRecord[(int) relEnd[r]]),
                            1);
                }
            }
            counts.clear();
            counts.putAll(delta.asMap());
            nodeIds.reset(nodeLimit, id -> nodeRecord[(int) id] >= 0);
            relationshipIds.reset(relLimit, id -> relRecord[(int) id] >= 0);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Node and relationship id limits (exclusive) right now. */
    public long nodeIdLimitNow() {
        lock.readLock().lock();
        try {
            return nodeLimit;
        } finally {
            lock.readLock().unlock();
        }
    }

    public long relationshipIdLimitNow() {
        lock.readLock().lock();
        try {
            return relLimit;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Bytes of the primitive arrays and the record heap, for benchmarks and memory reports. */
    public long footprintBytes() {
        lock.readLock().lock();
        try {
            long arrays = (long) nodeRecord.length * 20 + (long) relRecord.length * 28;
            return arrays + heap.reservedBytes();
        } finally {
            lock.readLock().unlock();
        }
    }
}
