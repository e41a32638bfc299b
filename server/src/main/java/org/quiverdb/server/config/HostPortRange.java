package org.quiverdb.server.config;

import java.util.Objects;

/**
 * A host and a range of ports, as in {@code dbms.backup.address=127.0.0.1:6362-6372}: the
 * listener takes the first free port of the range. A single port is the range {@code p-p}.
 * Immutable.
 */
public record HostPortRange(String host, int firstPort, int lastPort) {
    public HostPortRange {
        Objects.requireNonNull(host, "host");
        if (firstPort < 0 || lastPort > 65535 || firstPort > lastPort) {
            throw new IllegalArgumentException(
                    "port range: " + firstPort + "-" + lastPort + " (expected: 0 <= first <= last <= 65535)");
        }
    }

    public HostPortRange withHost(String newHost) {
        return new HostPortRange(newHost, firstPort, lastPort);
    }

    @Override
    public String toString() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return firstPort == lastPort ? h + ":" + firstPort : h + ":" + firstPort + "-" + lastPort;
    }
}
