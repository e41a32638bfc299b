package org.quiverdb.http.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.quiverdb.session.api.AuthToken;

class BasicAuthTest {
    private static String basic(String text) {
        return "Basic " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void noHeaderIsTheNoneToken() {
        assertThat(BasicAuth.token(null)).isEqualTo(AuthToken.NONE);
        assertThat(BasicAuth.token("  ")).isEqualTo(AuthToken.NONE);
    }

    @Test
    void basicCredentialsSplitAtTheFirstColon() {
        assertThat(BasicAuth.token(basic("neo4j:pa:ss"))).isEqualTo(AuthToken.basic("neo4j", "pa:ss"));
        assertThat(BasicAuth.token(
                        "basic " + Base64.getEncoder().encodeToString("ü:x".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(AuthToken.basic("ü", "x"));
    }

    @Test
    void bearerTokensKeepTheirCredential() {
        AuthToken token = BasicAuth.token("Bearer abc.def");

        assertThat(token.scheme()).isEqualTo("bearer");
        assertThat(token.credentials()).isEqualTo("abc.def");
    }

    @Test
    void unreadableHeadersAreRejected() {
        assertThatThrownBy(() -> BasicAuth.token("Basic")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BasicAuth.token("Basic !!!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BasicAuth.token(basic("nocolon"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BasicAuth.token("Digest x")).isInstanceOf(IllegalArgumentException.class);
    }
}
