package org.quiverdb.storage.api;

import java.util.Objects;

/** A storage failure with its {@link StorageFailure} kind. Unchecked. */
public final class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final StorageFailure failure;

    public StorageException(StorageFailure failure, String message) {
        super(message);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    public StorageException(StorageFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    public StorageFailure failure() {
        return failure;
    }
}
