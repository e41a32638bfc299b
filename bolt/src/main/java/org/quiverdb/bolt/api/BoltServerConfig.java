package org.quiverdb.bolt.api;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * How to run the Bolt listener.
 *
 * @param listenAddress where to bind ({@code dbms.connector.bolt.listen_address}); port 0 picks a
 *     free port
 * @param advertisedAddress {@code host:port} that routing tables name ({@code
 *     dbms.connector.bolt.advertised_address}), or null for the bound address; a port of 0 is
 *     replaced by the bound port
 * @param maxMessageSize the largest request accepted, in bytes; larger ones are refused and the
 *     connection closed
 * @param ioThreads Netty event-loop threads (0 = Netty's default)
 * @param tlsLevel {@code dbms.connector.bolt.tls_level}
 * @param tlsCredentials the {@code bolt} SSL policy's key and certificate, or null to generate a
 *     self-signed one at start when TLS is enabled
 */
public record BoltServerConfig(
        InetSocketAddress listenAddress,
        String advertisedAddress,
        int maxMessageSize,
        int ioThreads,
        TlsLevel tlsLevel,
        TlsCredentials tlsCredentials) {
    public static final int DEFAULT_PORT = 7687;
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 64 * 1024 * 1024;

    public BoltServerConfig {
        Objects.requireNonNull(listenAddress, "listenAddress");
        if (maxMessageSize < 1024) {
            throw new IllegalArgumentException("maxMessageSize: " + maxMessageSize + " (expected: >= 1024)");
        }
        if (ioThreads < 0) {
            throw new IllegalArgumentException("ioThreads: " + ioThreads + " (expected: >= 0)");
        }
        Objects.requireNonNull(tlsLevel, "tlsLevel");
    }

    /** Plain Bolt (TLS disabled). */
    public BoltServerConfig(
            InetSocketAddress listenAddress, String advertisedAddress, int maxMessageSize, int ioThreads) {
        this(listenAddress, advertisedAddress, maxMessageSize, ioThreads, TlsLevel.DISABLED, null);
    }

    /** This configuration with another TLS level and credentials. */
    public BoltServerConfig withTls(TlsLevel level, TlsCredentials credentials) {
        return new BoltServerConfig(listenAddress, advertisedAddress, maxMessageSize, ioThreads, level, credentials);
    }

    /** Bolt on {@code listenAddress}, advertised as bound, with the default limits. */
    public static BoltServerConfig listeningOn(InetSocketAddress listenAddress) {
        return new BoltServerConfig(listenAddress, null, DEFAULT_MAX_MESSAGE_SIZE, 0);
    }
}
