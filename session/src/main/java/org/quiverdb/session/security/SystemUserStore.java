package org.quiverdb.session.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.quiverdb.kernel.api.Databases;
import org.quiverdb.kernel.api.GraphDatabase;
import org.quiverdb.kernel.api.KernelTransaction;
import org.quiverdb.kernel.api.LongIterator;
import org.quiverdb.kernel.api.TransactionConfig;
import org.quiverdb.values.value.BooleanValue;
import org.quiverdb.values.value.StringValue;
import org.quiverdb.values.value.Value;

/**
 * The native users, kept as {@code (:User {name, credentials, passwordChangeRequired, suspended})}
 * nodes in the {@code system} database and written in kernel transactions, so they are logged,
 * durable and recovered like any other data. Reads are served from an immutable snapshot that each
 * committed write replaces.
 *
 * <p>Invariant: the snapshot equals the {@code User} nodes in {@code system} as of the last commit
 * made through this store (the only writer while the server runs; {@code quiver-admin} writes only
 * before start). Thread-safe: writes are serialised on {@code this}; {@code users} is volatile.
 */
final class SystemUserStore {
    static final String SYSTEM_DATABASE = "system";
    private static final String LABEL = "User";
    private static final String NAME = "name";
    private static final String CREDENTIALS = "credentials";
    private static final String CHANGE_REQUIRED = "passwordChangeRequired";
    private static final String SUSPENDED = "suspended";

    private final GraphDatabase system;
    private volatile Map<String, UserRecord> users;

    SystemUserStore(Databases databases) {
        this.system = databases.database(SYSTEM_DATABASE);
        this.users = load();
    }

    Optional<UserRecord> user(String name) {
        return Optional.ofNullable(users.get(name));
    }

    /** Every user, ordered by name. */
    Collection<UserRecord> users() {
        return users.values();
    }

    boolean isEmpty() {
        return users.isEmpty();
    }

    /** Creates or replaces the user {@code record.name()}. */
    synchronized void put(UserRecord record) {
        try (KernelTransaction tx = system.begin(TransactionConfig.DEFAULT)) {
            long node = find(tx, record.name());
            if (node < 0) {
                node = tx.createNode(new int[] {tx.labelTokenOrCreate(LABEL)});
            }
            set(tx, node, NAME, StringValue.of(record.name()));
            set(tx, node, CREDENTIALS, StringValue.of(record.credentials()));
            set(tx, node, CHANGE_REQUIRED, BooleanValue.of(record.passwordChangeRequired()));
            set(tx, node, SUSPENDED, BooleanValue.of(record.suspended()));
            tx.commit();
        }
        Map<String, UserRecord> next = new TreeMap<>(users);
        next.put(record.name(), record);
        users = next;
    }

    /** Deletes the user; false when there was none. */
    synchronized boolean delete(String name) {
        try (KernelTransaction tx = system.begin(TransactionConfig.DEFAULT)) {
            long node = find(tx, name);
            if (node < 0) {
                return false;
            }
            tx.detachDeleteNode(node);
            tx.commit();
        }
        Map<String, UserRecord> next = new TreeMap<>(users);
        next.remove(name);
        users = next;
        return true;
    }

    private Map<String, UserRecord> load() {
        Map<String, UserRecord> loaded = new TreeMap<>();
        try (KernelTransaction tx = system.begin(TransactionConfig.DEFAULT)) {
            int label = tx.labelToken(LABEL);
            if (label == KernelTransaction.NO_TOKEN) {
                return loaded;
            }
            Map<String, Integer> keys = new LinkedHashMap<>();
            for (String key : new String[] {NAME, CREDENTIALS, CHANGE_REQUIRED, SUSPENDED}) {
                keys.put(key, tx.propertyKeyToken(key));
            }
            LongIterator nodes = tx.nodesWithLabel(label);
            while (nodes.hasNext()) {
                long node = nodes.next();
                Value name = property(tx, node, keys.get(NAME));
                Value credentials = property(tx, node, keys.get(CREDENTIALS));
                if (name instanceof StringValue n && credentials instanceof StringValue c) {
                    loaded.put(
                            n.value(),
                            new UserRecord(
                                    n.value(),
                                    c.value(),
                                    isTrue(property(tx, node, keys.get(CHANGE_REQUIRED))),
                                    isTrue(property(tx, node, keys.get(SUSPENDED)))));
                }
            }
            tx.rollback();
        }
        return loaded;
    }

    private static long find(KernelTransaction tx, String name) {
        int label = tx.labelToken(LABEL);
        int key = tx.propertyKeyToken(NAME);
        if (label == KernelTransaction.NO_TOKEN || key == KernelTransaction.NO_TOKEN) {
            return -1;
        }
        LongIterator nodes = tx.nodesWithLabel(label);
        while (nodes.hasNext()) {
            long node = nodes.next();
            if (tx.nodeProperty(node, key) instanceof StringValue s && s.value().equals(name)) {
                return node;
            }
        }
        return -1;
    }

    private static void set(KernelTransaction tx, long node, String key, Value value) {
        tx.setNodeProperty(node, tx.propertyKeyTokenOrCreate(key), value);
    }

    private static Value property(KernelTransaction tx, long node, int key) {
        return key == KernelTransaction.NO_TOKEN ? null : tx.nodeProperty(node, key);
    }

    private static boolean isTrue(Value value) {
        return value instanceof BooleanValue b && b.booleanValue();
    }
}
