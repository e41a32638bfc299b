package org.quiverdb.storage.log;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quiverdb.storage.api.Command;
import org.quiverdb.storage.api.FileSystem;
import org.quiverdb.storage.api.StorageException;
import org.quiverdb.storage.api.StorageFailure;
import org.quiverdb.storage.format.BytesIn;
import org.quiverdb.storage.format.CorruptDataException;

/**
 * Reads a database's log for recovery: verifies every segment header and entry checksum, hands the
 * entries after a checkpoint to a consumer in order, and cuts a torn or corrupt tail of the last
 * segment (truncating the file, with a warning) so it is never applied. Damage before the tail, a
 * gap in transaction ids or an unknown format version fails with a clear error instead. Confined
 * to the recovering thread.
 */
public final class LogReader {
    /** Receives each valid entry after the checkpoint. */
    @FunctionalInterface
    public interface EntryConsumer {
        void accept(long txId, List<Command> commands);
    }

    private final FileSystem fs;
    private final Path directory;

    public LogReader(FileSystem fs, Path directory) {
        this.fs = fs;
        this.directory = directory;
    }

    public LogScan replay(long afterTxId, EntryConsumer consumer) throws IOException {
        List<Long> sequences = LogSegments.list(fs, directory);
        List<LogScan.SegmentInfo> kept = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        long lastTx = -1;
        long replayed = 0;
        for (int i = 0; i < sequences.size(); i++) {
            boolean lastSegment = i == sequences.size() - 1;
            Path path = LogSegments.path(directory, sequences.get(i));
            byte[] bytes = fs.readAll(path);
            LogFormatV1.Header header = LogFormatV1.readHeader(bytes);
            if (header == null) {
                if (!lastSegment) {
                    throw corrupt(path + ": segment header damaged (expected: magic QVRTXLOG and a valid checksum)");
                }
                warnings.add(path + ": torn segment header (" + bytes.length + " bytes) removed");
                fs.delete(path);
                continue;
            }
            if (header.version() != LogFormatV1.VERSION) {
                throw new StorageException(
                        StorageFailure.UNSUPPORTED_FORMAT,
                        path + ": log format version " + header.version() + " (expected: " + LogFormatV1.VERSION
                                + "); this store was written by a different Quiver version");
            }
            // A gap is harmless when the checkpoint covers it (a relaxed-fsync tail lost before it).
            boolean coveredGap = header.previousTxId() > lastTx && header.previousTxId() <= afterTxId;
            if (lastTx >= 0 && header.previousTxId() != lastTx && !coveredGap) {
                throw corrupt(
                        path + ": segment starts after tx " + header.previousTxId() + " (expected: " + lastTx + ")");
            }
            if (coveredGap) {
                lastTx = header.previousTxId();
            }
            if (lastTx < 0) {
                if (header.previousTxId() > afterTxId) {
                    throw corrupt(path + ": the log starts after tx " + header.previousTxId()
                            + " but recovery needs every transaction after " + afterTxId);
                }
                lastTx = header.previousTxId();
            }
            Segment segment = readEntries(bytes, lastTx, afterTxId, consumer);
            replayed += segment.replayed;
            lastTx = segment.lastTx;
            if (segment.validEnd < bytes.length) {
                if (!lastSegment) {
                    throw corrupt(path + ": damaged entry at offset " + segment.validEnd + " before the last segment");
                }
                warnings.add(path + ": torn or corrupt log tail at offset " + segment.validEnd + " ("
                        + (bytes.length - segment.validEnd) + " bytes, " + segment.reason + ") cut");
                try (FileSystem.AppendChannel channel = fs.openAppend(path)) {
                    channel.truncate(segment.validEnd);
                    channel.force();
                }
            }
            kept.add(new LogScan.SegmentInfo(sequences.get(i), header.previousTxId(), segment.validEnd));
        }
        long next = sequences.isEmpty() ? 0 : sequences.get(sequences.size() - 1) + 1;
        return new LogScan(Math.max(lastTx, afterTxId), next, kept, warnings, replayed);
    }

    private static final class Segment {
        long lastTx;
        int validEnd;
        long replayed;
        String reason = "";
    }

    private static Segment readEntries(byte[] bytes, long previousTx, long afterTxId, EntryConsumer consumer) {
        Segment segment = new Segment();
        segment.lastTx = previousTx;
        int offset = LogFormatV1.HEADER_SIZE;
        segment.validEnd = offset;
        while (offset < bytes.length) {
            String problem = entryProblem(bytes, offset, segment.lastTx);
            if (problem != null) {
                segment.reason = problem;
                break;
            }
            int length = new BytesIn(bytes, offset, 4).readInt();
            long txId = new BytesIn(bytes, offset + 8, 8).readLong();
            if (txId > afterTxId) {
                List<Command> commands;
                try {
                    commands = CommandFormatV1.read(new BytesIn(bytes, offset + 16, length));
                } catch (CorruptDataException e) {
                    segment.reason = "undecodable payload: " + e.getMessage();
                    break;
                }
                consumer.accept(txId, commands);
                segment.replayed++;
            }
            segment.lastTx = txId;
            offset += LogFormatV1.ENTRY_HEADER_SIZE + length;
            segment.validEnd = offset;
        }
        return segment;
    }

    private static String entryProblem(byte[] bytes, int offset, long previousTx) {
        if (bytes.length - offset < LogFormatV1.ENTRY_HEADER_SIZE) {
            return "incomplete entry header";
        }
        BytesIn in = new BytesIn(bytes, offset, LogFormatV1.ENTRY_HEADER_SIZE);
        int length = in.readInt();
        int crc = in.readInt();
        long txId = in.readLong();
        if (length < 0 || length > LogFormatV1.MAX_PAYLOAD || length > bytes.length - offset - 16) {
            return "entry length " + length + " beyond the end";
        }
        if (crc != LogFormatV1.crc(bytes, offset + 8, 8 + length)) {
            return "checksum mismatch";
        }
        if (txId != previousTx + 1) {
            return "transaction id " + txId + " (expected: " + (previousTx + 1) + ")";
        }
        return null;
    }

    private static StorageException corrupt(String message) {
        return new StorageException(StorageFailure.CORRUPT_STORE, message);
    }
}
