package org.quiverdb.kernel.tx;

import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.storage.api.StorageException;
import org.quiverdb.storage.api.StorageFailure;

/** Maps storage failures to the Neo4j statuses clients see. */
public final class StorageFailures {
    private StorageFailures() {}

    public static QuiverException toStatus(StorageException e) {
        if (e.failure() == StorageFailure.SNAPSHOT_RELEASED) {
            // Only the timeout reaper releases a snapshot under a live transaction.
            return Terminations.exception(Status.TRANSACTION_TIMED_OUT);
        }
        Status status =
                switch (e.failure()) {
                    // Drivers retry transient errors; a snapshot that lost the race is exactly "Outdated".
                    case WRITE_CONFLICT -> Status.TRANSIENT_OUTDATED;
                    case CLOSED -> Status.DATABASE_UNAVAILABLE;
                    case PANIC -> Status.TRANSACTION_COMMIT_FAILED;
                    case CORRUPT_STORE, UNSUPPORTED_FORMAT, IO_FAILURE, SNAPSHOT_RELEASED ->
                        Status.GENERAL_UNKNOWN_ERROR;
                };
        return new QuiverException(status, e.getMessage(), e);
    }
}
