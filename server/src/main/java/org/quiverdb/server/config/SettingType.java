package org.quiverdb.server.config;

import java.util.List;

/**
 * The closed set of value shapes a setting can have, each with the text that tells a user what a
 * valid value looks like. Parsing itself is in {@link SettingParsers}.
 */
public enum SettingType {
    BOOLEAN("true or false"),
    PORT("a port number 0-65535"),
    INTEGER("an integer"),
    HOST("a host name or IP address, e.g. localhost, 0.0.0.0 or [::1]"),
    SOCKET_ADDRESS("host:port or :port, e.g. 0.0.0.0:7687 or :7687"),
    PORT_RANGE_ADDRESS("host:port or host:first-last, e.g. 127.0.0.1:6362-6372"),
    ADDRESS_LIST("comma-separated host:port addresses, e.g. core1:5000,core2:5000"),
    DURATION("a duration with a unit ms, s, m, h or d, e.g. 250ms, 10s, 5m, 1h30m"),
    BYTE_SIZE("a size in bytes with an optional unit k, m, g or t, e.g. 512m or 2g"),
    STRING("any text"),
    PATH("a file or folder path, absolute or relative to the Quiver home"),
    DBMS_MODE("one of SINGLE, CORE, READ_REPLICA, HA, ARBITER"),
    TLS_LEVEL("one of REQUIRED, OPTIONAL, DISABLED");

    private static final List<String> MODES = List.of("SINGLE", "CORE", "READ_REPLICA", "HA", "ARBITER");
    private static final List<String> TLS_LEVELS = List.of("REQUIRED", "OPTIONAL", "DISABLED");

    private final String expected;

    SettingType(String expected) {
        this.expected = expected;
    }

    /** What a valid value looks like, for error messages and the conf file's comments. */
    public String expected() {
        return expected;
    }

    /**
     * Parses {@code raw} (already trimmed and ${ENV}-expanded). {@code defaultPort} is the port a
     * bare host takes for {@link #SOCKET_ADDRESS}, or -1.
     */
    Object parse(String raw, int defaultPort) {
        return switch (this) {
            case BOOLEAN -> SettingParsers.bool(raw);
            case PORT -> SettingParsers.port(raw);
            case INTEGER -> SettingParsers.integer(raw);
            case HOST -> SettingParsers.host(raw);
            case SOCKET_ADDRESS -> SettingParsers.hostPort(raw, defaultPort);
            case PORT_RANGE_ADDRESS -> SettingParsers.hostPortRange(raw);
            case ADDRESS_LIST -> SettingParsers.addressList(raw);
            case DURATION -> SettingParsers.duration(raw);
            case BYTE_SIZE -> SettingParsers.byteSize(raw);
            case STRING, PATH -> raw;
            case DBMS_MODE -> SettingParsers.choice(raw, MODES, expected);
            case TLS_LEVEL -> SettingParsers.choice(raw, TLS_LEVELS, expected);
        };
    }
}
