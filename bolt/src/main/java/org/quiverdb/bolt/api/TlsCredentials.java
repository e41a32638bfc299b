package org.quiverdb.bolt.api;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * The key and certificate chain Bolt presents over TLS (the {@code bolt} SSL policy), or a
 * generated self-signed pair when none is configured.
 *
 * @param privateKey the server's private key
 * @param chain the server certificate first, then its issuers
 */
public record TlsCredentials(PrivateKey privateKey, List<X509Certificate> chain) {
    public TlsCredentials {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("certificate chain: empty (expected: at least the server certificate)");
        }
    }
}
