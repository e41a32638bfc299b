package org.quiverdb.http.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathSegmentsTest {
    @Test
    void emptySegmentsAreDropped() {
        assertThat(PathSegments.of("/").segments()).isEmpty();
        assertThat(PathSegments.of("").segments()).isEmpty();
        assertThat(PathSegments.of("//db//neo4j/tx/").segments()).isEqualTo(List.of("db", "neo4j", "tx"));
    }

    @Test
    void fromReturnsTheTailOrNothing() {
        PathSegments path = PathSegments.of("/db/neo4j/tx/5/commit");

        assertThat(path.from(3)).isEqualTo(List.of("5", "commit"));
        assertThat(path.from(9)).isEmpty();
        assertThat(path.is(9, "x")).isFalse();
    }
}
