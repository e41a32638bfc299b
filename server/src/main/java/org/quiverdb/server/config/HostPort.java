package org.quiverdb.server.config;

import java.util.Objects;

/**
 * A socket address as written in the conf: {@code host:port}. An empty host means "the default
 * host" ({@code :7687}); {@link Config} fills it in from {@code dbms.default_listen_address} or
 * {@code dbms.default_advertised_address}. Immutable.
 */
public record HostPort(String host, int port) {
    public HostPort {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: " + port + " (expected: 0-65535)");
        }
    }

    /** True when written as {@code :port}, without a host. */
    public boolean hasDefaultHost() {
        return host.isEmpty();
    }

    public HostPort withHost(String newHost) {
        return new HostPort(newHost, port);
    }

    /** {@code host:port}, with IPv6 hosts in brackets. */
    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
