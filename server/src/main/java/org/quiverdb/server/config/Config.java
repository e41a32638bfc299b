package org.quiverdb.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The server's validated, typed configuration: every setting of the catalogue has its value (the
 * conf file's, a {@code --set}'s, or the default). Addresses written as {@code :port} already
 * carry the default listen or advertised host. Immutable; safe for concurrent use.
 */
public final class Config {
    private final Map<Setting, Object> values;
    private final List<String> jvmAdditional;
    private final List<String> warnings;
    private final Set<Setting> written;

    Config(Map<Setting, Object> values, Set<Setting> written, List<String> jvmAdditional, List<String> warnings) {
        this.values = new EnumMap<>(values);
        this.written = written.isEmpty() ? EnumSet.noneOf(Setting.class) : EnumSet.copyOf(written);
        this.jvmAdditional = List.copyOf(jvmAdditional);
        this.warnings = List.copyOf(warnings);
        resolveDefaultHosts();
    }

    /** The configuration with every setting at its default. */
    public static Config defaults() {
        return new ConfigLoader(Map.of()).load(Optional.empty(), List.of());
    }

    public boolean bool(Setting s) {
        return (Boolean) require(s, SettingType.BOOLEAN);
    }

    public HostPort address(Setting s) {
        return (HostPort) require(s, SettingType.SOCKET_ADDRESS);
    }

    public HostPortRange portRange(Setting s) {
        return (HostPortRange) require(s, SettingType.PORT_RANGE_ADDRESS);
    }

    public Duration duration(Setting s) {
        return (Duration) require(s, SettingType.DURATION);
    }

    /** A size in bytes; empty when the setting has no default and is not set. */
    public Optional<Long> bytes(Setting s) {
        check(s, SettingType.BYTE_SIZE);
        return Optional.ofNullable((Long) values.get(s));
    }

    public long integer(Setting s) {
        return (Long) require(s, SettingType.INTEGER);
    }

    public int port(Setting s) {
        return (Integer) require(s, SettingType.PORT);
    }

    /** The text of a STRING, PATH, HOST or enumerated setting; empty when unset. */
    public Optional<String> text(Setting s) {
        Object v = values.get(s);
        return v == null ? Optional.empty() : Optional.of(v.toString());
    }

    /** A PATH setting resolved against {@code home} when relative. */
    public Path path(Setting s, Path home) {
        check(s, SettingType.PATH);
        return home.resolve((String) values.get(s)).normalize();
    }

    /** Whether the conf file or a {@code --set} gave this setting a value (rather than the default). */
    public boolean isWritten(Setting s) {
        return written.contains(s);
    }

    /** Every {@code dbms.jvm.additional} value, in the order written. */
    public List<String> jvmAdditional() {
        return jvmAdditional;
    }

    /** Problems that did not stop startup (unknown keys without strict validation, repeated keys). */
    public List<String> warnings() {
        return warnings;
    }

    private Object require(Setting s, SettingType type) {
        check(s, type);
        Object v = values.get(s);
        if (v == null) {
            throw new IllegalStateException("setting '" + s.key() + "' has no value and no default");
        }
        return v;
    }

    private static void check(Setting s, SettingType type) {
        if (s.type() != type) {
            throw new IllegalArgumentException(
                    "setting '" + s.key() + "' is of type " + s.type() + " (expected: " + type + ")");
        }
    }

    private void resolveDefaultHosts() {
        String listen = (String) values.get(Setting.DEFAULT_LISTEN_ADDRESS);
        String advertised = (String) values.get(Setting.DEFAULT_ADVERTISED_ADDRESS);
        for (Map.Entry<Setting, Object> e : values.entrySet()) {
            String host = e.getKey().key().endsWith("advertised_address") ? advertised : listen;
            if (e.getValue() instanceof HostPort hp && hp.hasDefaultHost()) {
                e.setValue(hp.withHost(host));
            } else if (e.getValue() instanceof HostPortRange r && r.host().isEmpty()) {
                e.setValue(r.withHost(host));
            }
        }
    }
}
