package org.quiverdb.http.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiverdb.kernel.api.QuiverException;

class BookmarksHeaderTest {
    @Test
    void jsonArrayAndBareListsAreRead() {
        assertThat(BookmarksHeader.parse(null)).isEmpty();
        assertThat(BookmarksHeader.parse("[\"QB1:neo4j:1\", \"QB1:system:2\"]"))
                .isEqualTo(List.of("QB1:neo4j:1", "QB1:system:2"));
        assertThat(BookmarksHeader.parse("QB1:neo4j:1, QB1:neo4j:2")).isEqualTo(List.of("QB1:neo4j:1", "QB1:neo4j:2"));
    }

    @Test
    void malformedArraysAreRejected() {
        assertThatThrownBy(() -> BookmarksHeader.parse("[1]")).isInstanceOf(QuiverException.class);
        assertThatThrownBy(() -> BookmarksHeader.parse("[\"a\"")).isInstanceOf(QuiverException.class);
        assertThatThrownBy(() -> BookmarksHeader.parse("[\"a\"] x")).isInstanceOf(QuiverException.class);
    }
}
