package org.quiverdb.http.json;

import java.util.Objects;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;

/**
 * An error as a client sees it: a Neo4j status and a message. Built from whatever was thrown, so
 * an unexpected exception still reaches the client as {@code Neo.DatabaseError.General.UnknownError}.
 */
public record Failure(Status status, String message) {
    public Failure {
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
    }

    /** The client-visible form of {@code error}. */
    public static Failure of(Throwable error) {
        if (error instanceof QuiverException quiver) {
            return new Failure(quiver.status(), quiver.getMessage());
        }
        String text = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return new Failure(Status.GENERAL_UNKNOWN_ERROR, text);
    }

    /** True for {@code Neo.ClientError.*} codes. */
    public boolean isClientError() {
        return status.classification().equals("ClientError");
    }
}
