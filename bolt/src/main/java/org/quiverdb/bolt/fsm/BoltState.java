package org.quiverdb.bolt.fsm;

/** The server-side states of one Bolt connection (the INTERRUPTED state is a pending-RESET count). */
public enum BoltState {
    /** Handshake done; waiting for HELLO (INIT in 1/2). */
    CONNECTED,
    /** 5.1+: HELLO accepted; waiting for LOGON. */
    AUTHENTICATION,
    READY,
    /** An auto-commit result is open. */
    STREAMING,
    /** An explicit transaction is open (with or without open results). */
    IN_TRANSACTION,
    /** A request failed; everything but RESET (and ACK_FAILURE in 1/2) is IGNORED. */
    FAILED,
    /** Closed: after GOODBYE, a failed HELLO/LOGON or a protocol violation. */
    DEFUNCT
}
