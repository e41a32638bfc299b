package org.quiverdb.storage.api;

/** Why a storage operation failed; the kernel maps each to a Neo4j status. */
public enum StorageFailure {
    /** Another transaction committed a change to the same entity first; retrying may succeed. */
    WRITE_CONFLICT,
    /** A store file is damaged beyond what recovery may cut. */
    CORRUPT_STORE,
    /** A store file was written by a format version this build does not read. */
    UNSUPPORTED_FORMAT,
    /** A file operation failed. */
    IO_FAILURE,
    /** An earlier durability failure left the database unable to accept writes. */
    PANIC,
    /** The engine is closed. */
    CLOSED,
    /** A view was read after it was closed, e.g. after a reaper released a timed-out transaction. */
    SNAPSHOT_RELEASED
}
