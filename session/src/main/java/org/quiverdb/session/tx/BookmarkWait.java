package org.quiverdb.session.tx;

import java.time.Duration;
import java.util.List;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.GraphDatabase;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.session.bookmark.Bookmark;
import org.quiverdb.session.bookmark.BookmarkFormat;

/**
 * Blocks a transaction's start until every bookmarked transaction is visible in its database.
 * Every bookmark is parsed first, so one malformed bookmark fails the request before any waiting.
 * Stateless apart from its configuration; thread-safe.
 */
final class BookmarkWait {
    private final Databases databases;
    private final Duration timeout;

    BookmarkWait(Databases databases, Duration timeout) {
        this.databases = databases;
        this.timeout = timeout;
    }

    /**
     * Waits for {@code bookmarks}; a bookmark of a database this server does not host (dropped
     * since) is ignored, as it can no longer be read from.
     */
    void await(GraphDatabase current, List<String> bookmarks) {
        if (bookmarks == null || bookmarks.isEmpty()) {
            return;
        }
        List<Bookmark> parsed = bookmarks.stream()
                .filter(b -> b != null && !b.isEmpty())
                .map(BookmarkFormat::parse)
                .toList();
        for (Bookmark bookmark : parsed) {
            GraphDatabase target = resolve(current, bookmark.database());
            if (target != null) {
                target.awaitTransaction(bookmark.transactionId(), timeout);
            }
        }
    }

    private GraphDatabase resolve(GraphDatabase current, String name) {
        if (current.name().equals(name)) {
            return current;
        }
        try {
            return databases.database(name);
        } catch (QuiverException e) {
            if (e.status() == Status.DATABASE_NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }
}
