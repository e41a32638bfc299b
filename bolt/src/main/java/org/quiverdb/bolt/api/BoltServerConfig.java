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
 */
public record BoltServerConfig(
        InetSocketAddress listenAddress, String advertisedAddress, int maxMessageSize, int ioThreads) {
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
    }

    /** Bolt on {@code listenAddress}, advertised as bound, with the default limits. */
    public static BoltServerConfig listeningOn(InetSocketAddress listenAddress) {
        return new BoltServerConfig(listenAddress, null, DEFAULT_MAX_MESSAGE_SIZE, 0);
    }
}
