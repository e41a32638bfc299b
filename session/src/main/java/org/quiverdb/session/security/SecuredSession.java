package org.quiverdb.session.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.session.api.Session;
import org.quiverdb.session.api.StatementResult;
import org.quiverdb.values.value.MapValue;

/**
 * A session that answers user-management statements from the user store and, while the user's
 * password must be changed, refuses every other statement with CredentialsExpired (as Neo4j does
 * for a first login with the default password). Everything else is passed to the wrapped session.
 *
 * <p>Confined like the session it wraps.
 */
final class SecuredSession implements Session {
    private final Session inner;
    private final String user;
    private final UserAdministration administration;
    private final Predicate<String> mustChangePassword;

    SecuredSession(Session inner, String user, UserAdministration administration, Predicate<String> mustChange) {
        this.inner = inner;
        this.user = user;
        this.administration = administration;
        this.mustChangePassword = mustChange;
    }

    @Override
    public StatementResult run(String query, MapValue parameters, TransactionConfig config, List<String> bookmarks) {
        Optional<AdminStatement> admin = AdminStatementParser.parse(query);
        boolean changingOwnPassword = admin.isPresent() && admin.get() instanceof AdminStatement.ChangeOwnPassword;
        if (!changingOwnPassword && mustChangePassword.test(user)) {
            throw new QuiverException(
                    Status.SECURITY_CREDENTIALS_EXPIRED,
                    "the password of user '" + user + "' has expired (expected: change it first with ALTER CURRENT"
                            + " USER SET PASSWORD FROM 'old' TO 'new' on system)");
        }
        if (admin.isEmpty()) {
            return inner.run(query, parameters, config, bookmarks);
        }
        boolean isProcedure =
                changingOwnPassword && ((AdminStatement.ChangeOwnPassword) admin.get()).oldPassword() == null;
        if (!isProcedure && !inner.database().equals(SystemUserStore.SYSTEM_DATABASE)) {
            throw new QuiverException(
                    Status.STATEMENT_UNSUPPORTED_OPERATION,
                    "'" + query.strip() + "' on database '" + inner.database()
                            + "' (expected: administration commands run on the system database)");
        }
        return administration.execute(
                admin.get(), user, parameters == null ? MapValue.EMPTY : parameters, inner.database());
    }

    @Override
    public String database() {
        return inner.database();
    }

    @Override
    public void begin(TransactionConfig config, List<String> bookmarks) {
        inner.begin(config, bookmarks);
    }

    @Override
    public String commit() {
        return inner.commit();
    }

    @Override
    public void rollback() {
        inner.rollback();
    }

    @Override
    public boolean inTransaction() {
        return inner.inTransaction();
    }

    @Override
    public String lastBookmark() {
        return inner.lastBookmark();
    }

    @Override
    public void reset() {
        inner.reset();
    }

    @Override
    public void terminate() {
        inner.terminate();
    }

    @Override
    public void close() {
        inner.close();
    }
}
