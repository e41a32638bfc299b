package org.quiverdb.http.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes a self-signed RSA-2048 / SHA-256 certificate for a host name, valid from now for a long
 * time, with the host name and {@code localhost} as subject alternative names so that clients
 * checking host names accept it once they trust it. Immutable; thread-safe.
 */
public final class SelfSignedGenerator {
    private static final Duration VALIDITY = Duration.ofDays(3650);

    private final Clock clock;
    private final SecureRandom random;

    public SelfSignedGenerator(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    public KeyMaterial generate(String hostName) {
        try {
            KeyPairGenerator keys = KeyPairGenerator.getInstance("RSA");
            keys.initialize(2048, random);
            KeyPair pair = keys.generateKeyPair();
            Instant now = clock.instant();
            X500Name subject = new X500Name("CN=" + hostName);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    subject,
                    new BigInteger(64, random).abs().add(BigInteger.ONE),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(VALIDITY)),
                    subject,
                    pair.getPublic());
            GeneralNames names = new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.dNSName, hostName),
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1")
            });
            builder.addExtension(Extension.subjectAlternativeName, false, names);
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
            return new KeyMaterial(pair.getPrivate(), certificate);
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("generating a self-signed certificate for " + hostName + " failed", e);
        }
    }
}
