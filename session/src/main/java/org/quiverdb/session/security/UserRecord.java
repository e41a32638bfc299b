package org.quiverdb.session.security;

import java.util.Objects;

/**
 * One native user as stored in {@code system}.
 *
 * @param name the user name, unique
 * @param credentials the hashed password in {@link CredentialFormat}
 * @param passwordChangeRequired the user may only change their password until they do
 * @param suspended the user may not log in
 */
record UserRecord(String name, String credentials, boolean passwordChangeRequired, boolean suspended) {
    UserRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(credentials, "credentials");
    }

    UserRecord withCredentials(String hashed, boolean changeRequired) {
        return new UserRecord(name, hashed, changeRequired, suspended);
    }

    UserRecord withChangeRequired(boolean changeRequired) {
        return new UserRecord(name, credentials, changeRequired, suspended);
    }

    UserRecord withSuspended(boolean isSuspended) {
        return new UserRecord(name, credentials, passwordChangeRequired, isSuspended);
    }

    @Override
    public String toString() {
        // Never print the hash: records end up in logs and assertion messages.
        return "UserRecord[name=" + name + ", passwordChangeRequired=" + passwordChangeRequired + ", suspended="
                + suspended + "]";
    }
}
