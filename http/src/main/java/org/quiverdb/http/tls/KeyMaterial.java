package org.quiverdb.http.tls;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/** A private key and its certificate. Immutable. */
public record KeyMaterial(PrivateKey privateKey, X509Certificate certificate) {
    public KeyMaterial {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
    }
}
