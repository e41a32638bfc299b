package org.quiverdb.session.security;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts consecutive failed logins per user and locks a user out once {@code maxFailedAttempts} have
 * failed in a row, until {@code lockTime} has passed since the last failure ({@code
 * dbms.security.auth_max_failed_attempts}, {@code dbms.security.auth_lock_time}; 0 attempts turns
 * the lockout off). A success resets the count. Only users that exist are tracked, so the map is
 * bounded by the user count.
 *
 * <p>Thread-safe: every method is synchronized on {@code this}.
 */
final class LoginAttempts {
    private final Clock clock;
    private final int maxFailedAttempts;
    private final Duration lockTime;
    private final Map<String, Failures> failures = new HashMap<>();

    private record Failures(int count, long lastMillis) {}

    LoginAttempts(Clock clock, int maxFailedAttempts, Duration lockTime) {
        this.clock = clock;
        this.maxFailedAttempts = maxFailedAttempts;
        this.lockTime = lockTime;
    }

    /** True while {@code user} is locked out: no password is checked, not even a right one. */
    synchronized boolean isLocked(String user) {
        Failures f = failures.get(user);
        return maxFailedAttempts > 0
                && f != null
                && f.count() >= maxFailedAttempts
                && clock.millis() - f.lastMillis() < lockTime.toMillis();
    }

    synchronized void failed(String user) {
        Failures f = failures.get(user);
        failures.put(user, new Failures(f == null ? 1 : f.count() + 1, clock.millis()));
    }

    synchronized void succeeded(String user) {
        failures.remove(user);
    }

    synchronized void forget(String user) {
        failures.remove(user);
    }
}
