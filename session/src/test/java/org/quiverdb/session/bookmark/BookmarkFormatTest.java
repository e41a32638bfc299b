package org.quiverdb.session.bookmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;

class BookmarkFormatTest {
    @Test
    void formatsDatabaseAndTransactionId() {
        assertThat(BookmarkFormat.format(new Bookmark("neo4j", 42))).isEqualTo("QB1:neo4j:42");
    }

    @Property
    void parsesWhatItFormats(
            @ForAll @AlphaChars @StringLength(min = 1, max = 30) String database,
            @ForAll @LongRange(min = 0) long txId) {
        Bookmark bookmark = new Bookmark(database, txId);
        assertThat(BookmarkFormat.parse(BookmarkFormat.format(bookmark))).isEqualTo(bookmark);
    }

    @Test
    void rejectsForeignAndMalformedBookmarksWithInvalidBookmark() {
        for (String bad : new String[] {
            "FB:kcwQ", "QB1:neo4j:", "QB1::5", "QB1:neo4j:-1", "QB1:neo4j:99999999999999999999", "QB1:neo4j:1x", ""
        }) {
            assertThatThrownBy(() -> BookmarkFormat.parse(bad))
                    .as(bad)
                    .isInstanceOfSatisfying(QuiverException.class, e -> assertThat(e.status())
                            .isEqualTo(Status.TRANSACTION_INVALID_BOOKMARK));
        }
    }
}
