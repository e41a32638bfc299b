package org.quiverdb.bolt.fsm;

/**
 * The client's connection closed while the server was still answering: nothing more can be sent,
 * so the state machine stops and the session is released.
 */
public final class ClientGoneException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ClientGoneException(String message) {
        super(message);
    }
}
