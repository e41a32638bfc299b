package org.quiverdb.session.security;

/**
 * One user-management statement, as {@link AdminStatementParser} reads it. Optional parts are
 * {@code null} when the statement leaves them out.
 */
sealed interface AdminStatement {
    /** A password or user name given as a literal or as a {@code $parameter}. */
    record Text(String literal, String parameter) {
        static Text literal(String value) {
            return new Text(value, null);
        }

        static Text parameter(String name) {
            return new Text(null, name);
        }
    }

    /** {@code SHOW USERS} or, with {@code currentOnly}, {@code SHOW CURRENT USER}. */
    record ShowUsers(boolean currentOnly) implements AdminStatement {}

    /** {@code CREATE [OR REPLACE] USER name [IF NOT EXISTS] SET PASSWORD ... }. */
    record CreateUser(Text name, Existing existing, Text password, Boolean changeRequired, Boolean suspended)
            implements AdminStatement {}

    /** {@code ALTER USER name [IF EXISTS] SET ...} (at least one SET clause). */
    record AlterUser(Text name, boolean ifExists, Text password, Boolean changeRequired, Boolean suspended)
            implements AdminStatement {}

    /** {@code DROP USER name [IF EXISTS]}. */
    record DropUser(Text name, boolean ifExists) implements AdminStatement {}

    /**
     * {@code ALTER CURRENT USER SET PASSWORD FROM old TO new}, or {@code CALL
     * dbms.security.changePassword(new)} with a null {@code oldPassword}.
     */
    record ChangeOwnPassword(Text oldPassword, Text newPassword) implements AdminStatement {}

    /** What CREATE USER does when the user already exists. */
    enum Existing {
        FAIL,
        SKIP,
        REPLACE
    }
}
