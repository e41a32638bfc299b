package org.quiverdb.storage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordHeapTest {
    @Test
    void freedSlotsAreReusedForRecordsOfTheSameClass() {
        RecordHeap heap = new RecordHeap();
        long first = heap.allocate(10);
        heap.allocate(10);
        heap.free(first);
        assertThat(heap.allocate(12)).isEqualTo(first);
    }

    @Test
    void largeRecordsGetTheirOwnPageAndGiveItBack() {
        RecordHeap heap = new RecordHeap();
        long small = heap.allocate(8);
        long before = heap.reservedBytes();
        long large = heap.allocate(RecordHeap.PAGE_SIZE);
        assertThat(heap.reservedBytes()).isGreaterThan(before + RecordHeap.PAGE_SIZE - 1);
        heap.setEntry(large, 1000, 123_456_789L);
        assertThat(heap.entry(large, 1000)).isEqualTo(123_456_789L);
        heap.free(large);
        assertThat(heap.reservedBytes()).isEqualTo(before);
        assertThat(heap.length(small)).isEqualTo(8);
    }

    @Test
    void entriesHoldIdsUpToTheIntRange() {
        RecordHeap heap = new RecordHeap();
        long address = heap.allocate(8);
        heap.setEntry(address, 0, Integer.MAX_VALUE);
        heap.setEntry(address, 1, 0);
        assertThat(heap.entry(address, 0)).isEqualTo(Integer.MAX_VALUE);
        assertThat(heap.entry(address, 1)).isZero();
        assertThat(heap.capacity(address)).isGreaterThanOrEqualTo(8);
    }
}
