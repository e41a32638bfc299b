package org.quiverdb.storage.log;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.quiverdb.storage.api.Command;
import org.quiverdb.storage.api.FileSystem;
import org.quiverdb.storage.api.FsyncMode;
import org.quiverdb.storage.format.BytesOut;

/**
 * Appends committed transactions to the current log segment and makes them durable with group
 * commit: a committer waiting for durability forces everything appended so far, so committers
 * that arrived meanwhile return without an fsync of their own. Rotates to a new segment past the
 * size limit and prunes old segments on request.
 *
 * <p>Thread-safety: {@link #append} is called by one thread at a time (the engine serializes
 * commits); {@link #syncLock} guards forcing, rotation and {@link #durableTx}. Lock order: the
 * engine's commit lock, then {@code syncLock}.
 */
public final class LogWriter implements CommitLog {
    private final FileSystem fs;
    private final Path directory;
    private final long segmentBytes;
    private final FsyncMode fsyncMode;
    private final Object syncLock = new Object();
    private final BytesOut entry = new BytesOut(4096);
    private final BytesOut payload = new BytesOut(4096);
    private final Deque<LogScan.SegmentInfo> segments;
    private volatile FileSystem.AppendChannel channel;
    private long sequence;
    private long segmentSize;
    private volatile long appendedTx;
    private long durableTx;
    private final AtomicLong bytesWritten = new AtomicLong();

    /** Opens a fresh segment numbered {@code nextSequence} after {@code lastTxId}. */
    public LogWriter(FileSystem fs, Path directory, long segmentBytes, FsyncMode fsyncMode, LogScan scan)
            throws IOException {
        this.fs = fs;
        this.directory = directory;
        this.segmentBytes = segmentBytes;
        this.fsyncMode = fsyncMode;
        this.segments = new ArrayDeque<>(scan.segments());
        this.appendedTx = scan.lastTxId();
        this.durableTx = scan.lastTxId();
        openSegment(scan.nextSequence(), scan.lastTxId());
    }

    private void openSegment(long seq, long previousTxId) throws IOException {
        byte[] header = LogFormatV1.header(seq, previousTxId);
        FileSystem.AppendChannel next = fs.openAppend(LogSegments.path(directory, seq));
        next.truncate(0);
        next.write(header, 0, header.length);
        next.force();
        fs.syncDirectory(directory);
        channel = next;
        sequence = seq;
        segmentSize = header.length;
        segments.addLast(new LogScan.SegmentInfo(seq, previousTxId, header.length));
    }

    @Override
    public void append(long txId, List<Command> commands) throws IOException {
        payload.reset();
        CommandFormatV1.write(payload, commands);
        entry.reset();
        LogFormatV1.writeEntry(entry, txId, payload.array(), payload.size());
        channel.write(entry.array(), 0, entry.size());
        segmentSize += entry.size();
        bytesWritten.addAndGet(entry.size());
        appendedTx = txId;
        if (segmentSize >= segmentBytes) {
            rotate(txId);
        }
    }

    private void rotate(long lastTxId) throws IOException {
        synchronized (syncLock) {
            channel.force();
            durableTx = lastTxId;
            channel.close();
            LogScan.SegmentInfo current = segments.removeLast();
            segments.addLast(new LogScan.SegmentInfo(current.sequence(), current.previousTxId(), segmentSize));
            openSegment(sequence + 1, lastTxId);
        }
    }

    @Override
    public void awaitDurable(long txId) throws IOException {
        if (fsyncMode == FsyncMode.NEVER) {
            return;
        }
        synchronized (syncLock) {
            if (durableTx >= txId) {
                return;
            }
            long target = appendedTx;
            channel.force();
            durableTx = target;
        }
    }

    /** Log bytes appended since this writer opened. */
    public long bytesWritten() {
        return bytesWritten.get();
    }

    /**
     * Deletes the oldest segments whose every entry is at most {@code coveredTxId} (a checkpoint
     * holds them), while more than {@code retentionBytes} of log would remain. Never the current one.
     */
    public void prune(long coveredTxId, long retentionBytes) throws IOException {
        synchronized (syncLock) {
            long total = 0;
            for (LogScan.SegmentInfo info : segments) {
                total += info.size();
            }
            while (segments.size() > 1) {
                LogScan.SegmentInfo oldest = segments.peekFirst();
                LogScan.SegmentInfo next = segments.stream().skip(1).findFirst().orElseThrow();
                if (next.previousTxId() > coveredTxId || total - oldest.size() < retentionBytes) {
                    return;
                }
                fs.delete(LogSegments.path(directory, oldest.sequence()));
                segments.removeFirst();
                total -= oldest.size();
            }
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (syncLock) {
            if (fsyncMode != FsyncMode.NEVER) {
                channel.force();
            }
            channel.close();
        }
    }
}
