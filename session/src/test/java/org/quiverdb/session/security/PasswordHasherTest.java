package org.quiverdb.session.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quiverdb.kernel.api.QuiverException;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(new Random(7), 4);

    @Test
    void theRightPasswordMatchesItsHash() {
        String stored = hasher.hash("correct horse");
        assertThat(hasher.matches("correct horse", stored)).isTrue();
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        String stored = hasher.hash("correct horse");
        assertThat(hasher.matches("correct horsf", stored)).isFalse();
        assertThat(hasher.matches("", stored)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
        assertThat(hasher.hash("secret123")).isNotEqualTo(hasher.hash("secret123"));
    }

    @Test
    void theStoredFormRecordsItsCostAndNeverContainsThePassword() {
        String stored = hasher.hash("plaintext-pw");
        assertThat(stored).startsWith("scrypt-v1,4,8,1,").doesNotContain("plaintext-pw");
        CredentialFormat.Credential c = CredentialFormat.decode(stored);
        assertThat(c.salt()).hasSize(CredentialFormat.SALT_BYTES);
        assertThat(c.key()).hasSize(CredentialFormat.KEY_BYTES);
    }

    @Test
    void aHashMadeWithAnotherCostIsStillChecked() {
        String stored = new PasswordHasher(new Random(1), 6).hash("old-cost-pw");
        assertThat(hasher.matches("old-cost-pw", stored)).isTrue();
    }

    @Test
    void unreadableStoredCredentialsAreRejected() {
        assertThatThrownBy(() -> hasher.matches("x", "md5,abc"))
                .isInstanceOf(QuiverException.class)
                .hasMessageContaining("expected: scrypt-v1");
        assertThatThrownBy(() -> hasher.matches("x", "scrypt-v1,30,8,1,AAAA,AAAA"))
                .isInstanceOf(QuiverException.class)
                .hasMessageContaining("cost 2^30");
    }
}
