package org.quiverdb.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeySuggestionsTest {
    @Test
    void distanceCountsSingleCharacterEdits() {
        assertThat(KeySuggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(KeySuggestions.distance("", "abc")).isEqualTo(3);
        assertThat(KeySuggestions.distance("same", "same")).isZero();
    }

    @Test
    void misspeltKeySuggestsTheNearestKnownKey() {
        assertThat(KeySuggestions.nearest("dbms.conector.bolt.enabled")).contains("dbms.connector.bolt.enabled");
        assertThat(KeySuggestions.nearest("server.bolt.listen_adress")).contains("server.bolt.listen_address");
    }

    @Test
    void unrelatedKeyGetsNoSuggestion() {
        assertThat(KeySuggestions.nearest("apoc.export.file.enabled")).isEmpty();
    }
}
