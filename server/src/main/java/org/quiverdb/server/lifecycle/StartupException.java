package org.quiverdb.server.lifecycle;

/** The server cannot start; the message says why in terms a user can act on (port, setting, path). */
public final class StartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
