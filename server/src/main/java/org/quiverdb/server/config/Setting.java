package org.quiverdb.server.config;

import java.util.List;
import java.util.Optional;

/**
 * The settings catalogue: every configuration key Quiver knows, spelled once, with its type,
 * default, the surface row it belongs to, a description, and the names Neo4j users may write
 * instead (Neo4j 5 names, older Neo4j names). Nothing else in the code base spells a key.
 *
 * <p>A default of {@code null} means "unset" (e.g. heap sizes: the JVM decides). Immutable.
 */
public enum Setting {
    // General
    DEFAULT_DATABASE(
            "dbms.default_database",
            SettingType.STRING,
            "neo4j",
            Feature.CORE,
            "The database a client uses when it names none.",
            "initial.dbms.default_database"),
    DEFAULT_LISTEN_ADDRESS(
            "dbms.default_listen_address",
            SettingType.HOST,
            "localhost",
            Feature.CORE,
            "The host every listener binds when its address is written as :port. 0.0.0.0 listens on all interfaces.",
            "server.default_listen_address",
            "dbms.connectors.default_listen_address"),
    DEFAULT_ADVERTISED_ADDRESS(
            "dbms.default_advertised_address",
            SettingType.HOST,
            "localhost",
            Feature.CORE,
            "The host name clients are told to use when an advertised address is written as :port.",
            "server.default_advertised_address",
            "dbms.connectors.default_advertised_address"),
    DATA_DIRECTORY(
            "server.directories.data",
            SettingType.PATH,
            "data",
            Feature.CORE,
            "Where databases are stored, one folder each.",
            "dbms.directories.data"),
    LOGS_DIRECTORY(
            "server.directories.logs",
            SettingType.PATH,
            "logs",
            Feature.CORE,
            "Where quiver.log and debug.log are written.",
            "dbms.directories.logs"),
    STRICT_VALIDATION(
            "server.config.strict_validation.enabled",
            SettingType.BOOLEAN,
            "true",
            Feature.CORE,
            "When true an unknown setting stops startup; when false it is logged as a warning.",
            "dbms.config.strict_validation"),
    AUTH_ENABLED(
            "dbms.security.auth_enabled",
            SettingType.BOOLEAN,
            "true",
            Feature.AUTHENTICATION,
            "Require clients to authenticate."),
    AUTH_MAX_FAILED_ATTEMPTS(
            "dbms.security.auth_max_failed_attempts",
            SettingType.INTEGER,
            "3",
            Feature.AUTHENTICATION,
            "Failed logins in a row after which a user is locked out for the lock time. 0 turns the lockout off."),
    AUTH_LOCK_TIME(
            "dbms.security.auth_lock_time",
            SettingType.DURATION,
            "5s",
            Feature.AUTHENTICATION,
            "How long a user stays locked out after too many failed logins."),
    AUTH_MINIMUM_PASSWORD_LENGTH(
            "dbms.security.auth_minimum_password_length",
            SettingType.INTEGER,
            "8",
            Feature.AUTHENTICATION,
            "The fewest characters a new password may have."),
    TRANSACTION_TIMEOUT(
            "dbms.transaction.timeout",
            SettingType.DURATION,
            "0s",
            Feature.CORE,
            "Transactions running longer are terminated. 0s means no limit.",
            "db.transaction.timeout"),
    TRANSACTION_MEMORY_MAX(
            "dbms.memory.transaction.max",
            SettingType.BYTE_SIZE,
            "0",
            Feature.CORE,
            "The most memory one transaction may use. 0 means no limit.",
            "db.memory.transaction.max",
            "dbms.memory.transaction.max_size"),
    TRANSACTION_MEMORY_TOTAL_MAX(
            "dbms.memory.transaction.total.max",
            SettingType.BYTE_SIZE,
            "0",
            Feature.CORE,
            "The most memory all transactions together may use. 0 means no limit.",
            "dbms.memory.transaction.global_max_size"),
    TX_LOG_ROTATION_SIZE(
            "dbms.tx_log.rotation.size",
            SettingType.BYTE_SIZE,
            "256m",
            Feature.CORE,
            "A transaction log file is closed and a new one started past this size.",
            "db.tx_log.rotation.size"),
    CHECKPOINT_INTERVAL_TIME(
            "dbms.checkpoint.interval.time",
            SettingType.DURATION,
            "15m",
            Feature.CORE,
            "The longest time between checkpoints.",
            "db.checkpoint.interval.time"),
    CHECKPOINT_INTERVAL_VOLUME(
            "dbms.checkpoint.interval.volume",
            SettingType.BYTE_SIZE,
            "250m",
            Feature.CORE,
            "A checkpoint is taken after this much transaction log.",
            "db.checkpoint.interval.volume"),
    REST_TRANSACTION_IDLE_TIMEOUT(
            "dbms.rest.transaction.idle_timeout",
            SettingType.DURATION,
            "60s",
            Feature.HTTP,
            "An HTTP API transaction left idle this long is rolled back."),
    // JVM: read by the launcher and passed to the server's JVM
    HEAP_INITIAL_SIZE(
            "dbms.memory.heap.initial_size",
            SettingType.BYTE_SIZE,
            null,
            Feature.CORE,
            "The server JVM's initial heap (-Xms). Unset lets the JVM decide.",
            "server.memory.heap.initial_size"),
    HEAP_MAX_SIZE(
            "dbms.memory.heap.max_size",
            SettingType.BYTE_SIZE,
            null,
            Feature.CORE,
            "The server JVM's maximum heap (-Xmx). Unset lets the JVM decide.",
            "server.memory.heap.max_size"),
    JVM_ADDITIONAL(
            "dbms.jvm.additional",
            SettingType.STRING,
            null,
            Feature.CORE,
            "One extra JVM option per line; repeat the key for more, e.g. -Dcom.sun.management.jmxremote.port=3637.",
            "server.jvm.additional"),
    // Bolt
    BOLT_ENABLED(
            "dbms.connector.bolt.enabled",
            SettingType.BOOLEAN,
            "true",
            Feature.BOLT,
            "Serve Bolt: drivers, shells and WebSocket clients.",
            "server.bolt.enabled"),
    BOLT_LISTEN_ADDRESS(
            "dbms.connector.bolt.listen_address",
            SettingType.SOCKET_ADDRESS,
            ":7687",
            Feature.BOLT,
            "Where the Bolt connector listens.",
            "server.bolt.listen_address"),
    BOLT_ADVERTISED_ADDRESS(
            "dbms.connector.bolt.advertised_address",
            SettingType.SOCKET_ADDRESS,
            ":7687",
            Feature.BOLT,
            "The Bolt address given to clients, e.g. in routing tables.",
            "server.bolt.advertised_address"),
    BOLT_TLS_LEVEL(
            "dbms.connector.bolt.tls_level",
            SettingType.TLS_LEVEL,
            "DISABLED",
            Feature.BOLT_TLS,
            "Whether Bolt connections must, may or must not use TLS.",
            "server.bolt.tls_level"),
    // HTTP and HTTPS
    HTTP_ENABLED(
            "dbms.connector.http.enabled",
            SettingType.BOOLEAN,
            "true",
            Feature.HTTP,
            "Serve the HTTP API.",
            "server.http.enabled"),
    HTTP_LISTEN_ADDRESS(
            "dbms.connector.http.listen_address",
            SettingType.SOCKET_ADDRESS,
            ":7474",
            Feature.HTTP,
            "Where the HTTP connector listens.",
            "server.http.listen_address"),
    HTTP_ADVERTISED_ADDRESS(
            "dbms.connector.http.advertised_address",
            SettingType.SOCKET_ADDRESS,
            ":7474",
            Feature.HTTP,
            "The HTTP address given to clients in the discovery document.",
            "server.http.advertised_address"),
    HTTPS_ENABLED(
            "dbms.connector.https.enabled",
            SettingType.BOOLEAN,
            "true",
            Feature.HTTPS,
            "Serve the HTTP API over TLS; a self-signed certificate is generated on first start.",
            "server.https.enabled"),
    HTTPS_LISTEN_ADDRESS(
            "dbms.connector.https.listen_address",
            SettingType.SOCKET_ADDRESS,
            ":7473",
            Feature.HTTPS,
            "Where the HTTPS connector listens.",
            "server.https.listen_address"),
    HTTPS_ADVERTISED_ADDRESS(
            "dbms.connector.https.advertised_address",
            SettingType.SOCKET_ADDRESS,
            ":7473",
            Feature.HTTPS,
            "The HTTPS address given to clients in the discovery document.",
            "server.https.advertised_address"),
    HTTPS_CERTIFICATES_DIRECTORY(
            "dbms.ssl.policy.https.base_directory",
            SettingType.PATH,
            "certificates/https",
            Feature.HTTPS,
            "The folder holding the HTTPS key and certificate."),
    HTTPS_PRIVATE_KEY(
            "dbms.ssl.policy.https.private_key",
            SettingType.PATH,
            "private.key",
            Feature.HTTPS,
            "The HTTPS private key, relative to the certificates folder."),
    HTTPS_PUBLIC_CERTIFICATE(
            "dbms.ssl.policy.https.public_certificate",
            SettingType.PATH,
            "public.crt",
            Feature.HTTPS,
            "The HTTPS certificate, relative to the certificates folder."),
    // Online backup
    BACKUP_ENABLED(
            "dbms.backup.enabled",
            SettingType.BOOLEAN,
            "false",
            Feature.BACKUP,
            "Serve online backups.",
            "server.backup.enabled"),
    BACKUP_ADDRESS(
            "dbms.backup.address",
            SettingType.PORT_RANGE_ADDRESS,
            "127.0.0.1:6362-6372",
            Feature.BACKUP,
            "Where the backup listener binds: the first free port of the range.",
            "dbms.backup.listen_address",
            "server.backup.listen_address"),
    // Causal cluster
    DBMS_MODE(
            "dbms.mode",
            SettingType.DBMS_MODE,
            "SINGLE",
            Feature.CORE,
            "SINGLE for a stand-alone server; CORE or READ_REPLICA for causal clustering; HA or ARBITER for HA."),
    CLUSTER_DISCOVERY_LISTEN_ADDRESS(
            "causal_clustering.discovery_listen_address",
            SettingType.SOCKET_ADDRESS,
            ":5000",
            Feature.CAUSAL_CLUSTER,
            "Where cluster discovery listens.",
            "server.discovery.listen_address"),
    CLUSTER_TRANSACTION_LISTEN_ADDRESS(
            "causal_clustering.transaction_listen_address",
            SettingType.SOCKET_ADDRESS,
            ":6000",
            Feature.CAUSAL_CLUSTER,
            "Where cluster catch-up (transaction shipping) listens.",
            "server.cluster.listen_address"),
    CLUSTER_RAFT_LISTEN_ADDRESS(
            "causal_clustering.raft_listen_address",
            SettingType.SOCKET_ADDRESS,
            ":7000",
            Feature.CAUSAL_CLUSTER,
            "Where raft listens.",
            "server.cluster.raft.listen_address"),
    CLUSTER_INITIAL_DISCOVERY_MEMBERS(
            "causal_clustering.initial_discovery_members",
            SettingType.ADDRESS_LIST,
            null,
            Feature.CAUSAL_CLUSTER,
            "The discovery addresses of the cluster's members, comma-separated.",
            "dbms.cluster.discovery.endpoints"),
    // HA cluster
    HA_SERVER_ID(
            "ha.server_id", SettingType.INTEGER, null, Feature.HA_CLUSTER, "This instance's id in the HA cluster."),
    HA_INITIAL_HOSTS(
            "ha.initial_hosts",
            SettingType.ADDRESS_LIST,
            null,
            Feature.HA_CLUSTER,
            "The coordination addresses of the HA cluster's members, comma-separated."),
    HA_HOST_COORDINATION(
            "ha.host.coordination",
            SettingType.PORT_RANGE_ADDRESS,
            "0.0.0.0:5001-5099",
            Feature.HA_CLUSTER,
            "Where HA coordination listens: the first free port of the range."),
    HA_HOST_DATA(
            "ha.host.data",
            SettingType.PORT_RANGE_ADDRESS,
            "0.0.0.0:6001-6011",
            Feature.HA_CLUSTER,
            "Where HA data transfer listens: the first free port of the range."),
    // Metrics
    METRICS_ENABLED(
            "metrics.enabled",
            SettingType.BOOLEAN,
            "false",
            Feature.METRICS,
            "Collect metrics.",
            "server.metrics.enabled"),
    METRICS_GRAPHITE_ENABLED(
            "metrics.graphite.enabled",
            SettingType.BOOLEAN,
            "false",
            Feature.METRICS,
            "Send metrics to Graphite.",
            "server.metrics.graphite.enabled"),
    METRICS_GRAPHITE_SERVER(
            "metrics.graphite.server",
            SettingType.SOCKET_ADDRESS,
            "localhost:2003",
            Feature.METRICS,
            "The Graphite server metrics are sent to.",
            "server.metrics.graphite.server"),
    METRICS_GRAPHITE_INTERVAL(
            "metrics.graphite.interval",
            SettingType.DURATION,
            "3s",
            Feature.METRICS,
            "How often metrics are sent to Graphite.",
            "server.metrics.graphite.interval"),
    METRICS_PREFIX(
            "metrics.prefix",
            SettingType.STRING,
            "neo4j",
            Feature.METRICS,
            "The prefix of every metric name.",
            "server.metrics.prefix"),
    // Legacy remote shell
    SHELL_ENABLED("dbms.shell.enabled", SettingType.BOOLEAN, "false", Feature.SHELL, "Serve the legacy remote shell."),
    SHELL_HOST(
            "dbms.shell.host", SettingType.HOST, "127.0.0.1", Feature.SHELL, "Where the legacy remote shell listens."),
    SHELL_PORT("dbms.shell.port", SettingType.PORT, "1337", Feature.SHELL, "The legacy remote shell's port.");

    private final String key;
    private final SettingType type;
    private final String defaultValue;
    private final Feature feature;
    private final String description;

    @SuppressWarnings("ImmutableEnumChecker") // List.of(...): unmodifiable
    private final List<String> aliases;

    Setting(String key, SettingType type, String defaultValue, Feature feature, String description, String... aliases) {
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
        this.feature = feature;
        this.description = description;
        this.aliases = List.of(aliases);
    }

    /** The name Quiver documents and writes in its conf file. */
    public String key() {
        return key;
    }

    public SettingType type() {
        return type;
    }

    /** The default as it would be written in the conf file; empty when unset by default. */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    public Feature feature() {
        return feature;
    }

    public String description() {
        return description;
    }

    /** Other names accepted for this setting (Neo4j 5 first, then older Neo4j names). */
    public List<String> aliases() {
        return aliases;
    }

    /** Whether the key may appear many times, each adding a value (only {@code dbms.jvm.additional}). */
    public boolean repeatable() {
        return this == JVM_ADDITIONAL;
    }

    /** Parses a raw value of this setting; throws {@link InvalidValueException}. */
    Object parse(String raw) {
        int defaultPort = -1;
        if (type == SettingType.SOCKET_ADDRESS && defaultValue != null) {
            defaultPort = SettingParsers.hostPort(defaultValue, -1).port();
        }
        return type.parse(raw, defaultPort);
    }
}
