package org.quiverdb.kernel.api;

/** When a commit's log entry is forced to disk. */
public enum FsyncPolicy {
    /** Commit returns only after the entry is on stable storage (concurrent commits share fsyncs). */
    EVERY_COMMIT,
    /** The OS writes the log when it likes: a crash may lose recent acknowledged commits. */
    NEVER
}
