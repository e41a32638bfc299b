package org.quiverdb.session.bookmark;

import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;

/**
 * The text form of a bookmark, opaque to drivers (they only store and send it back).
 *
 * <pre>
 * QB1:&lt;database&gt;:&lt;transaction id, decimal&gt;
 * </pre>
 *
 * Example: transaction 42 in database {@code neo4j} is {@code QB1:neo4j:42}. The version tag lets
 * a later format (say, with a cluster term) coexist; the database name lets one client carry
 * bookmarks of several databases (a {@code system} bookmark after CREATE DATABASE) and each be
 * checked against its own database. Database names cannot contain ':' so the last ':' splits.
 *
 * <p>Stateless and thread-safe.
 */
public final class BookmarkFormat {
    static final String PREFIX = "QB1:";
    private static final int MAX_LENGTH = 256;

    private BookmarkFormat() {}

    public static String format(Bookmark bookmark) {
        return PREFIX + bookmark.database() + ":" + bookmark.transactionId();
    }

    /** Parses {@code text}; fails with {@link Status#TRANSACTION_INVALID_BOOKMARK}. */
    public static Bookmark parse(String text) {
        if (text == null || text.length() > MAX_LENGTH || !text.startsWith(PREFIX)) {
            throw invalid(text);
        }
        int split = text.lastIndexOf(':');
        if (split <= PREFIX.length()) {
            throw invalid(text);
        }
        String database = text.substring(PREFIX.length(), split);
        String digits = text.substring(split + 1);
        if (digits.isEmpty() || digits.length() > 19 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(text);
        }
        try {
            return new Bookmark(database, Long.parseLong(digits));
        } catch (NumberFormatException e) {
            throw invalid(text);
        }
    }

    private static QuiverException invalid(String text) {
        String shown = text == null ? "null" : text.length() > 64 ? text.substring(0, 64) + "..." : text;
        return new QuiverException(
                Status.TRANSACTION_INVALID_BOOKMARK,
                "invalid bookmark: '" + shown + "' (expected: a bookmark this server returned, like QB1:neo4j:42)");
    }
}
