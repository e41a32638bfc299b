package org.quiverdb.storage.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a durable engine runs.
 *
 * @param fileSystem where its files live (the real one, or a test's)
 * @param fsyncMode when commits are forced to disk
 * @param logSegmentBytes rotate to a new log segment past this size
 * @param logRetentionBytes keep at least this much log behind the checkpoints (backup, catchup)
 * @param checkpointInterval checkpoint at least this often while there are new commits
 * @param checkpointLogBytes checkpoint after this much new log
 * @param clock time source for checkpoint intervals and waits
 */
public record StorageSettings(
        FileSystem fileSystem,
        FsyncMode fsyncMode,
        long logSegmentBytes,
        long logRetentionBytes,
        Duration checkpointInterval,
        long checkpointLogBytes,
        Clock clock) {

    public StorageSettings {
        Objects.requireNonNull(fileSystem, "fileSystem");
        Objects.requireNonNull(fsyncMode, "fsyncMode");
        Objects.requireNonNull(checkpointInterval, "checkpointInterval");
        Objects.requireNonNull(clock, "clock");
        if (logSegmentBytes < 1024) {
            throw new IllegalArgumentException("log segment size " + logSegmentBytes + " (expected: >= 1024)");
        }
    }
}
