package org.quiverdb.kernel.api;

/** Whether a transaction may write. A READ transaction that tries to write fails. */
public enum AccessMode {
    READ,
    WRITE
}
