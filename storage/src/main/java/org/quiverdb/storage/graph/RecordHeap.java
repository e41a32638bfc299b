package org.quiverdb.storage.graph;

import java.util.Arrays;

/**
 * Variable-length records packed into 1 MiB byte pages, so a graph of millions of entities is a
 * few hundred arrays for the garbage collector rather than millions of objects.
 *
 * <p>An address is {@code page << 20 | offset}. Every record starts with a 4-byte big-endian payload
 * length; the payload follows. Allocation rounds the record (header included) up to a size class
 * and reuses freed slots of the same class first, so space freed by deletes is reused. A record
 * larger than a quarter page gets a dedicated page of its own, returned when freed.
 *
 * <p>Not thread-safe: the owning store guards it (writes under its write lock, reads under its read
 * lock). Pages never move, so an address stays valid until it is freed.
 */
public final class RecordHeap {
    static final int PAGE_SHIFT = 20;
    static final int PAGE_SIZE = 1 << PAGE_SHIFT;
    static final int HEADER = 4;
    private static final int LARGE = PAGE_SIZE / 4;
    private static final int[] CLASS_SIZES = classSizes();

    private byte[][] pages = new byte[16][];
    private int pageCount;
    private int currentPage = -1;
    private int currentOffset = PAGE_SIZE;
    private final LongStack[] freeSlots = new LongStack[CLASS_SIZES.length];
    private final LongStack freePages = new LongStack();
    private long usedBytes;

    private static int[] classSizes() {
        int[] sizes = new int[64];
        int count = 0;
        for (int s = 8; s <= 64; s += 8) {
            sizes[count++] = s;
        }
        for (int s = 64; s < LARGE; s *= 2) {
            sizes[count++] = s + s / 2;
            sizes[count++] = s * 2;
        }
        return Arrays.copyOf(sizes, count);
    }

    private static int classOf(int totalSize) {
        int index = Arrays.binarySearch(CLASS_SIZES, totalSize);
        return index >= 0 ? index : -index - 1;
    }

    /** Allocates a record with room for {@code payloadLength} bytes; the payload is zeroed or stale. */
    public long allocate(int payloadLength) {
        int total = payloadLength + HEADER;
        long address;
        if (total > LARGE) {
            address = allocateLargePage(total);
        } else {
            int sizeClass = classOf(total);
            LongStack free = freeSlots[sizeClass];
            address = free != null && !free.isEmpty() ? free.pop() : carve(CLASS_SIZES[sizeClass]);
            usedBytes += CLASS_SIZES[sizeClass];
        }
        writeInt(address, payloadLength);
        return address;
    }

    private long carve(int size) {
        if (currentOffset + size > PAGE_SIZE) {
            currentPage = newPage(new byte[PAGE_SIZE]);
            currentOffset = 0;
        }
        long address = ((long) currentPage << PAGE_SHIFT) | currentOffset;
        currentOffset += size;
        return address;
    }

    private long allocateLargePage(int total) {
        usedBytes += total;
        return (long) newPage(new byte[total]) << PAGE_SHIFT;
    }

    private int newPage(byte[] page) {
        if (!freePages.isEmpty()) {
            int index = (int) freePages.pop();
            pages[index] = page;
            return index;
        }
        if (pageCount == pages.length) {
            pages = Arrays.copyOf(pages, pageCount * 2);
        }
        pages[pageCount] = page;
        return pageCount++;
    }

    /** Returns a record's space for reuse. The address must not be read afterwards. */
    public void free(long address) {
        int total = length(address) + HEADER;
        if (total > LARGE) {
            int page = (int) (address >>> PAGE_SHIFT);
            pages[page] = null;
            freePages.push(page);
            usedBytes -= total;
            return;
        }
        int sizeClass = classOf(total);
        if (freeSlots[sizeClass] == null) {
            freeSlots[sizeClass] = new LongStack();
        }
        freeSlots[sizeClass].push(address);
        usedBytes -= CLASS_SIZES[sizeClass];
    }

    /** The payload capacity of the record at {@code address} (its size class minus the header). */
    public int capacity(long address) {
        int total = length(address) + HEADER;
        return total > LARGE ? total - HEADER : CLASS_SIZES[classOf(total)] - HEADER;
    }

    /** The payload length the record was allocated with. */
    public int length(long address) {
        return readInt(address);
    }

    public byte[] page(long address) {
        return pages[(int) (address >>> PAGE_SHIFT)];
    }

    /** Offset of the payload's first byte within {@link #page}. */
    public int payloadOffset(long address) {
        return (int) (address & (PAGE_SIZE - 1)) + HEADER;
    }

    public void writePayload(long address, byte[] source, int length) {
        System.arraycopy(source, 0, page(address), payloadOffset(address), length);
    }

    private int readInt(long address) {
        byte[] page = page(address);
        int o = (int) (address & (PAGE_SIZE - 1));
        return ((page[o] & 0xFF) << 24)
                | ((page[o + 1] & 0xFF) << 16)
                | ((page[o + 2] & 0xFF) << 8)
                | (page[o + 3] & 0xFF);
    }

    private void writeInt(long address, int value) {
        byte[] page = page(address);
        int o = (int) (address & (PAGE_SIZE - 1));
        page[o] = (byte) (value >>> 24);
        page[o + 1] = (byte) (value >>> 16);
        page[o + 2] = (byte) (value >>> 8);
        page[o + 3] = (byte) value;
    }

    /** Bytes per adjacency entry: relationship ids are below 2^31 (arrays are int-indexed). */
    public static final int ENTRY_SIZE = 4;

    /** Reads the {@code index}th 4-byte entry (a relationship id) of a record's payload. */
    public long entry(long address, int index) {
        byte[] page = page(address);
        int o = payloadOffset(address) + index * ENTRY_SIZE;
        return ((page[o] & 0xFFL) << 24)
                | ((page[o + 1] & 0xFF) << 16)
                | ((page[o + 2] & 0xFF) << 8)
                | (page[o + 3] & 0xFF);
    }

    public void setEntry(long address, int index, long value) {
        byte[] page = page(address);
        int o = payloadOffset(address) + index * ENTRY_SIZE;
        page[o] = (byte) (value >>> 24);
        page[o + 1] = (byte) (value >>> 16);
        page[o + 2] = (byte) (value >>> 8);
        page[o + 3] = (byte) value;
    }

    /** Bytes held by live records (size classes included), for memory accounting and benchmarks. */
    public long usedBytes() {
        return usedBytes;
    }

    /** Bytes reserved from the JVM: every page, live or not. */
    public long reservedBytes() {
        long total = 0;
        for (int i = 0; i < pageCount; i++) {
            total += pages[i] == null ? 0 : pages[i].length;
        }
        return total;
    }
}
