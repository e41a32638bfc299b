package org.quiverdb.session.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quiverdb.cypher.api.QueryType;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.session.security.AdminStatement.Text;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.MapValue;
import org.quiverdb.values.value.NullValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/**
 * Executes user-management statements against the user store, with Neo4j's rules: passwords at
 * least {@code dbms.security.auth_minimum_password_length} long, a new password differs from the
 * old, users are created with a password change required unless told otherwise, nobody drops
 * themselves. Thread-safe: the store serialises writes.
 */
final class UserAdministration {
    static final List<String> SHOW_USERS_FIELDS =
            List.of("user", "roles", "passwordChangeRequired", "suspended", "home");

    private final SystemUserStore store;
    private final PasswordHasher hasher;
    private final LoginAttempts attempts;
    private final int minimumPasswordLength;

    UserAdministration(SystemUserStore store, PasswordHasher hasher, LoginAttempts attempts, int minimumLength) {
        this.store = store;
        this.hasher = hasher;
        this.attempts = attempts;
        this.minimumPasswordLength = minimumLength;
    }

    /** Runs {@code statement} for {@code currentUser} (empty when auth is disabled). */
    FixedResult execute(AdminStatement statement, String currentUser, MapValue parameters, String database) {
        if (statement instanceof AdminStatement.ShowUsers show) {
            List<Value[]> rows = new ArrayList<>();
            for (UserRecord user : store.users()) {
                if (!show.currentOnly() || user.name().equals(currentUser)) {
                    rows.add(row(user));
                }
            }
            return new FixedResult(SHOW_USERS_FIELDS, rows, QueryType.READ_ONLY, 0, database);
        }
        long updates;
        if (statement instanceof AdminStatement.CreateUser create) {
            updates = create(create, parameters);
        } else if (statement instanceof AdminStatement.AlterUser alter) {
            updates = alter(alter, parameters);
        } else if (statement instanceof AdminStatement.DropUser drop) {
            updates = drop(drop, currentUser, parameters);
        } else {
            updates = changeOwnPassword((AdminStatement.ChangeOwnPassword) statement, currentUser, parameters);
        }
        return new FixedResult(List.of(), List.of(), QueryType.WRITE, updates, database);
    }

    /** The hashed form of a new password, after checking its length. */
    String hashNewPassword(String user, String password) {
        if (password.length() < minimumPasswordLength) {
            throw new QuiverException(
                    Status.STATEMENT_ARGUMENT_ERROR,
                    "password for user '" + user + "': " + password.length() + " characters (expected: at least "
                            + minimumPasswordLength + ", dbms.security.auth_minimum_password_length)");
        }
        return hasher.hash(password);
    }

    private long create(AdminStatement.CreateUser create, MapValue parameters) {
        String name = resolve(create.name(), parameters, "user name");
        Optional<UserRecord> existing = store.user(name);
        if (existing.isPresent() && create.existing() == AdminStatement.Existing.SKIP) {
            return 0;
        }
        if (existing.isPresent() && create.existing() == AdminStatement.Existing.FAIL) {
            throw new QuiverException(
                    Status.STATEMENT_ARGUMENT_ERROR,
                    "CREATE USER " + name + ": the user already exists (expected: a new name, IF NOT EXISTS or OR"
                            + " REPLACE)");
        }
        String hashed = hashNewPassword(name, resolve(create.password(), parameters, "password"));
        boolean changeRequired = create.changeRequired() == null || create.changeRequired();
        boolean suspended = create.suspended() != null && create.suspended();
        store.put(new UserRecord(name, hashed, changeRequired, suspended));
        attempts.forget(name);
        return 1;
    }

    private long alter(AdminStatement.AlterUser alter, MapValue parameters) {
        String name = resolve(alter.name(), parameters, "user name");
        Optional<UserRecord> existing = store.user(name);
        if (existing.isEmpty()) {
            if (alter.ifExists()) {
                return 0;
            }
            throw notFound("ALTER USER", name);
        }
        UserRecord user = existing.get();
        if (alter.password() != null) {
            String password = resolve(alter.password(), parameters, "password");
            user = user.withCredentials(hashNewPassword(name, password), true);
        }
        if (alter.changeRequired() != null) {
            user = user.withChangeRequired(alter.changeRequired());
        }
        if (alter.suspended() != null) {
            user = user.withSuspended(alter.suspended());
        }
        store.put(user);
        return 1;
    }

    private long drop(AdminStatement.DropUser drop, String currentUser, MapValue parameters) {
        String name = resolve(drop.name(), parameters, "user name");
        if (name.equals(currentUser)) {
            throw new QuiverException(
                    Status.STATEMENT_ARGUMENT_ERROR,
                    "DROP USER " + name + ": that is the current user (expected: another user; nobody drops"
                            + " themselves)");
        }
        if (!store.delete(name)) {
            if (drop.ifExists()) {
                return 0;
            }
            throw notFound("DROP USER", name);
        }
        attempts.forget(name);
        return 1;
    }

    private long changeOwnPassword(AdminStatement.ChangeOwnPassword change, String currentUser, MapValue parameters) {
        Optional<UserRecord> existing = currentUser.isEmpty() ? Optional.empty() : store.user(currentUser);
        if (existing.isEmpty()) {
            throw new QuiverException(
                    Status.STATEMENT_ARGUMENT_ERROR,
                    "change password: no user is logged in (expected: a session of a native user; auth is"
                            + " disabled or the user was dropped)");
        }
        UserRecord user = existing.get();
        if (change.oldPassword() != null
                && !hasher.matches(resolve(change.oldPassword(), parameters, "password"), user.credentials())) {
            throw new QuiverException(
                    Status.STATEMENT_ARGUMENT_ERROR,
                    "ALTER CURRENT USER SET PASSWORD: the old password of user '" + currentUser
                            + "' does not match (expected: the current password after FROM)");
        }
        String password = resolve(change.newPassword(), parameters, "password");
        if (hasher.matches(password, user.credentials())) {
            throw new QuiverException(
                    Status.STATEMENT_ARGUMENT_ERROR,
                    "change password of user '" + currentUser
                            + "': the new password equals the old one (expected: a different password)");
        }
        store.put(user.withCredentials(hashNewPassword(currentUser, password), false));
        return 1;
    }

    private static String resolve(Text text, MapValue parameters, String what) {
        if (text.literal() != null) {
            return text.literal();
        }
        Value value = parameters.get(text.parameter());
        if (value instanceof NullValue) {
            throw new QuiverException(
                    Status.STATEMENT_PARAMETER_MISSING,
                    "expected parameter(s): " + text.parameter() + " (" + what + ")");
        }
        if (!(value instanceof StringValue s)) {
            throw new QuiverException(
                    Status.STATEMENT_TYPE_ERROR,
                    "$" + text.parameter() + ": " + value.typeName() + " (expected: a STRING " + what + ")");
        }
        return s.value();
    }

    private static QuiverException notFound(String command, String name) {
        return new QuiverException(
                Status.STATEMENT_ARGUMENT_ERROR,
                command + " " + name + ": no such user (expected: an existing user, or IF EXISTS)");
    }

    private static Value[] row(UserRecord user) {
        // Roles come with issue 11's second part: until then the column is null, as for a user without.
        return new Value[] {
            StringValue.of(user.name()),
            NullValue.NULL,
            BooleanValue.of(user.passwordChangeRequired()),
            BooleanValue.of(user.suspended()),
            NullValue.NULL
        };
    }
}
