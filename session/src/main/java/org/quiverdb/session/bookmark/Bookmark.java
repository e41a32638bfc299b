package org.quiverdb.session.bookmark;

import java.util.Objects;

/**
 * A parsed bookmark: the database a transaction committed in and its transaction id. Immutable.
 *
 * @param database the database's name
 * @param transactionId the committed transaction's id (&gt;= 0)
 */
public record Bookmark(String database, long transactionId) {
    public Bookmark {
        Objects.requireNonNull(database, "database");
        if (transactionId < 0) {
            throw new IllegalArgumentException("transaction id: " + transactionId + " (expected: >= 0)");
        }
    }
}
