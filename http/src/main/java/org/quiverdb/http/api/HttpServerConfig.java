package org.quiverdb.http.api;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to run the HTTP(S) listeners. Immutable.
 *
 * @param httpAddress where plain HTTP listens ({@code dbms.connector.http.listen_address}), or
 *     {@code null} when HTTP is disabled
 * @param httpsAddress where HTTPS listens ({@code dbms.connector.https.listen_address}), or {@code
 *     null} when HTTPS is disabled
 * @param certificatesDirectory where the HTTPS key and certificate live ({@code https/private.key}
 *     and {@code https/public.crt}); a self-signed pair is generated there on first start
 * @param advertisedBoltAddress the Bolt address the discovery document advertises, {@code
 *     host:port}
 * @param maxBodyBytes the largest request body accepted; larger bodies are answered with 413
 * @param idleTransactionTimeout how long an open transaction may sit without a request before it
 *     is rolled back ({@code dbms.rest.transaction.idle_timeout})
 * @param clock the time source for transaction expiry
 */
public record HttpServerConfig(
        InetSocketAddress httpAddress,
        InetSocketAddress httpsAddress,
        Path certificatesDirectory,
        String advertisedBoltAddress,
        int maxBodyBytes,
        Duration idleTransactionTimeout,
        Clock clock) {

    /** Neo4j's default idle timeout for transactions of the HTTP API. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);

    /** The default body limit: 16 MiB, far above any sane statement batch. */
    public static final int DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

    public HttpServerConfig {
        if (httpAddress == null && httpsAddress == null) {
            throw new IllegalArgumentException("http and https both disabled (expected: at least one listener)");
        }
        if (httpsAddress != null) {
            Objects.requireNonNull(certificatesDirectory, "certificatesDirectory");
        }
        Objects.requireNonNull(advertisedBoltAddress, "advertisedBoltAddress");
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes: " + maxBodyBytes + " (expected: > 0)");
        }
        Objects.requireNonNull(idleTransactionTimeout, "idleTransactionTimeout");
        if (idleTransactionTimeout.isNegative() || idleTransactionTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "idleTransactionTimeout: " + idleTransactionTimeout + " (expected: > 0)");
        }
        Objects.requireNonNull(clock, "clock");
    }
}
