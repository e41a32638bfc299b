package org.quiverdb.storage.log;

import java.util.List;

/**
 * What reading the log found.
 *
 * @param lastTxId the newest valid transaction id (the checkpoint's when the log adds none)
 * @param nextSequence the sequence number for the next segment to create
 * @param segments the segments kept, ascending, each with the last transaction before it
 * @param warnings what was cut or skipped, for the operator
 * @param replayed how many entries were handed to the consumer
 */
public record LogScan(
        long lastTxId, long nextSequence, List<SegmentInfo> segments, List<String> warnings, long replayed) {

    /** One segment: its sequence number, the last transaction before it, and its size in bytes. */
    public record SegmentInfo(long sequence, long previousTxId, long size) {}
}
