package org.quiverdb.kernel.api;

import java.util.Objects;

/**
 * A failure a client may see: a Neo4j {@link Status} and a message that says what, the value, and
 * what was expected. Thrown by the kernel, Cypher and the session layer; the protocols turn it
 * into FAILURE / JSON errors unchanged.
 */
public class QuiverException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Status status;

    public QuiverException(Status status, String message) {
        super(message);
        this.status = Objects.requireNonNull(status, "status");
    }

    public QuiverException(Status status, String message, Throwable cause) {
        super(message, cause);
        this.status = Objects.requireNonNull(status, "status");
    }

    public Status status() {
        return status;
    }
}
