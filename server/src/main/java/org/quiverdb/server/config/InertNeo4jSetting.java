package org.quiverdb.server.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Neo4j settings that a user's existing {@code neo4j.conf} commonly carries but that mean nothing
 * to Quiver's design (a page cache, plugin folders, usage reporting). They are accepted with a
 * warning naming the reason, so a configuration written for Neo4j starts unchanged instead of
 * failing strict validation on a key that could never do anything here. Each constant lists the
 * Neo4j 3.x/4.x spelling first and the Neo4j 5 spelling after it. Immutable.
 */
public enum InertNeo4jSetting {
    PAGECACHE_SIZE(
            "the graph is held in the heap; size it with dbms.memory.heap.max_size",
            "dbms.memory.pagecache.size",
            "server.memory.pagecache.size"),
    OFF_HEAP_MAX_SIZE(
            "transaction state is on the heap, bounded by dbms.memory.transaction.max",
            "dbms.memory.off_heap.max_size",
            "dbms.tx_state.memory_allocation",
            "server.memory.off_heap.transaction_max_size"),
    TX_LOG_RETENTION(
            "log retention is fixed by the kernel for now",
            "dbms.tx_log.rotation.retention_policy",
            "db.tx_log.rotation.retention_policy"),
    QUERY_CACHE_SIZE("the plan cache sizes itself", "dbms.query_cache_size", "server.db.query_cache_size"),
    QUERY_LOG("there is no query log yet", "dbms.logs.query.enabled", "db.logs.query.enabled"),
    QUERY_LOG_THRESHOLD("there is no query log yet", "dbms.logs.query.threshold", "db.logs.query.threshold"),
    GC_LOG("pass -Xlog:gc options through dbms.jvm.additional", "dbms.logs.gc.enabled", "server.logs.gc.enabled"),
    PLUGINS_DIRECTORY("Quiver loads no plugins", "dbms.directories.plugins", "server.directories.plugins"),
    UNMANAGED_EXTENSIONS(
            "Quiver loads no server extensions",
            "dbms.unmanaged_extension_classes",
            "server.unmanaged_extension_classes"),
    UNRESTRICTED_PROCEDURES(
            "Quiver loads no plugin procedures",
            "dbms.security.procedures.unrestricted",
            "dbms.security.procedures.whitelist",
            "dbms.security.procedures.allowlist"),
    ALLOW_UPGRADE("store formats are versioned and checked on open", "dbms.allow_upgrade"),
    USAGE_REPORTING("Quiver reports nothing home", "dbms.udc.enabled", "dbms.usage_report.enabled"),
    WINDOWS_SERVICE_NAME("there is no Windows service", "dbms.windows_service_name", "server.windows_service_name"),
    BROWSER_OUTGOING_CONNECTIONS("the browser UI is not built yet", "browser.allow_outgoing_connections"),
    BROWSER_CREDENTIAL_TIMEOUT("the browser UI is not built yet", "browser.credential_timeout"),
    BROWSER_RETAIN_CREDENTIALS("the browser UI is not built yet", "browser.retain_connection_credentials"),
    BROWSER_POST_CONNECT_CMD("the browser UI is not built yet", "browser.post_connect_cmd"),
    BOLT_THREAD_POOL_MAX(
            "Bolt's worker pool sizes itself",
            "dbms.connector.bolt.thread_pool_max_size",
            "server.bolt.thread_pool_max_size");

    private static final Map<String, InertNeo4jSetting> BY_NAME = byName();

    private final String reason;

    @SuppressWarnings("ImmutableEnumChecker") // List.of(...): unmodifiable
    private final List<String> names;

    InertNeo4jSetting(String reason, String... names) {
        this.reason = reason;
        this.names = List.of(names);
    }

    /** The inert setting {@code key} names, if it is one. */
    public static Optional<InertNeo4jSetting> of(String key) {
        return Optional.ofNullable(BY_NAME.get(key));
    }

    /** Why the setting has no effect in Quiver. */
    public String reason() {
        return reason;
    }

    public List<String> names() {
        return names;
    }

    private static Map<String, InertNeo4jSetting> byName() {
        Map<String, InertNeo4jSetting> map = new HashMap<>();
        for (InertNeo4jSetting s : values()) {
            for (String name : s.names) {
                map.put(name, s);
            }
        }
        return Map.copyOf(map);
    }
}
