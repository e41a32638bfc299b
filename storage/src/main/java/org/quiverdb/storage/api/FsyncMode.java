package org.quiverdb.storage.api;

/** When a commit's log entry is forced to stable storage. */
public enum FsyncMode {
    /** Before the commit returns; concurrent commits share one force (group commit). */
    EVERY_COMMIT,
    /** Never by the commit path (the OS flushes when it likes; a crash may lose recent commits). */
    NEVER
}
