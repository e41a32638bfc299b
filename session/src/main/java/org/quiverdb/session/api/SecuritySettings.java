package org.quiverdb.session.api;

import java.time.Duration;
import java.util.Objects;

/**
 * Native authentication's settings, with Neo4j's names and defaults.
 *
 * @param authEnabled {@code dbms.security.auth_enabled}: false accepts every token
 * @param maxFailedAttempts {@code dbms.security.auth_max_failed_attempts} (default 3; 0 = no lockout)
 * @param lockTime {@code dbms.security.auth_lock_time} (default 5s)
 * @param minimumPasswordLength {@code dbms.security.auth_minimum_password_length} (default 8)
 * @param hashCostLog2 log2 of scrypt's cost N for new password hashes (default 14; tests lower it)
 */
public record SecuritySettings(
        boolean authEnabled, int maxFailedAttempts, Duration lockTime, int minimumPasswordLength, int hashCostLog2) {
    public static final int DEFAULT_MAX_FAILED_ATTEMPTS = 3;
    public static final Duration DEFAULT_LOCK_TIME = Duration.ofSeconds(5);
    public static final int DEFAULT_MINIMUM_PASSWORD_LENGTH = 8;
    public static final int DEFAULT_HASH_COST_LOG2 = 14;

    public SecuritySettings {
        Objects.requireNonNull(lockTime, "lockTime");
        if (maxFailedAttempts < 0 || minimumPasswordLength < 1 || hashCostLog2 < 1 || hashCostLog2 > 22) {
            throw new IllegalArgumentException("security settings: failed attempts " + maxFailedAttempts
                    + ", minimum password length " + minimumPasswordLength + ", cost 2^" + hashCostLog2
                    + " (expected: >= 0, >= 1, 2^1..2^22)");
        }
    }

    /** Neo4j's defaults, with authentication on or off. */
    public static SecuritySettings defaults(boolean authEnabled) {
        return new SecuritySettings(
                authEnabled,
                DEFAULT_MAX_FAILED_ATTEMPTS,
                DEFAULT_LOCK_TIME,
                DEFAULT_MINIMUM_PASSWORD_LENGTH,
                DEFAULT_HASH_COST_LOG2);
    }
}
