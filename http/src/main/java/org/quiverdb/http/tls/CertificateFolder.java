package org.quiverdb.http.tls;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/**
 * The HTTPS policy's folder: {@code <certificates>/https/private.key} (PKCS#8 or PKCS#1 PEM) and
 * {@code public.crt} (PEM). {@link #loadOrCreate} reads them, or, when neither exists, generates a
 * self-signed pair and writes it (key readable by the owner only) so the next start reuses it.
 * One file without the other is a configuration error, never silently replaced. Not thread-safe:
 * called once at start.
 */
public final class CertificateFolder {
    public static final String KEY_FILE = "private.key";
    public static final String CERTIFICATE_FILE = "public.crt";

    private final Path directory;

    /** @param certificatesDirectory the server's certificates directory; the {@code https} folder lives in it */
    public CertificateFolder(Path certificatesDirectory) {
        this.directory = certificatesDirectory.resolve("https");
    }

    public Path keyFile() {
        return directory.resolve(KEY_FILE);
    }

    public Path certificateFile() {
        return directory.resolve(CERTIFICATE_FILE);
    }

    public KeyMaterial loadOrCreate(SelfSignedGenerator generator, String hostName) throws IOException {
        boolean hasKey = Files.exists(keyFile());
        boolean hasCertificate = Files.exists(certificateFile());
        if (hasKey && hasCertificate) {
            return load();
        }
        if (hasKey || hasCertificate) {
            throw new IOException("https certificates: only one of " + keyFile() + " and " + certificateFile()
                    + " exists (expected: both, or neither to generate a self-signed pair)");
        }
        KeyMaterial material = generator.generate(hostName);
        Files.createDirectories(directory);
        writeAtomically(certificateFile(), pem(material.certificate()), false);
        writeAtomically(keyFile(), pem(new JcaPKCS8Generator(material.privateKey(), null)), true);
        return material;
    }

    private KeyMaterial load() throws IOException {
        return new KeyMaterial(readKey(keyFile()), readCertificate(certificateFile()));
    }

    private static PrivateKey readKey(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
                PEMParser parser = new PEMParser(reader)) {
            Object object = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (object instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            } else if (object instanceof PEMKeyPair pair) {
                return converter.getKeyPair(pair).getPrivate();
            }
            throw new IOException(file + ": no unencrypted private key (expected: PEM PRIVATE KEY or RSA PRIVATE KEY)");
        }
    }

    private static X509Certificate readCertificate(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
                PEMParser parser = new PEMParser(reader)) {
            Object object = parser.readObject();
            if (!(object instanceof X509CertificateHolder holder)) {
                throw new IOException(file + ": no certificate (expected: PEM CERTIFICATE)");
            }
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new IOException(file + ": unreadable certificate: " + e.getMessage(), e);
        }
    }

    private static String pem(Object object) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString();
    }

    private static void writeAtomically(Path target, String content, boolean secret) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.US_ASCII)) {
            writer.write(content);
        }
        if (secret && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
