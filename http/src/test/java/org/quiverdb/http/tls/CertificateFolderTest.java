package org.quiverdb.http.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateFolderTest {
    @TempDir
    Path certificates;

    private final SelfSignedGenerator generator = new SelfSignedGenerator(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), new SecureRandom(new byte[] {1}));

    @Test
    void generatedPairIsWrittenOnceAndReadBack() throws IOException {
        CertificateFolder folder = new CertificateFolder(certificates);

        KeyMaterial created = folder.loadOrCreate(generator, "db.example");
        KeyMaterial loaded = folder.loadOrCreate(generator, "db.example");

        assertThat(loaded.certificate()).isEqualTo(created.certificate());
        assertThat(loaded.privateKey().getEncoded())
                .isEqualTo(created.privateKey().getEncoded());
        assertThat(created.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=db.example");
        assertThat(Files.readString(folder.keyFile())).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.getPosixFilePermissions(folder.keyFile()))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void userSuppliedPkcs1KeysAreAccepted() throws IOException {
        KeyMaterial material = generator.generate("localhost");
        Files.createDirectories(certificates.resolve("https"));
        CertificateFolder folder = new CertificateFolder(certificates);
        try (Writer out = Files.newBufferedWriter(folder.keyFile(), StandardCharsets.US_ASCII);
                JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(material.privateKey());
        }
        try (Writer out = Files.newBufferedWriter(folder.certificateFile(), StandardCharsets.US_ASCII);
                JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(material.certificate());
        }
        assertThat(Files.readString(folder.keyFile())).startsWith("-----BEGIN RSA PRIVATE KEY-----");

        KeyMaterial loaded = folder.loadOrCreate(generator, "localhost");

        assertThat(loaded.certificate()).isEqualTo(material.certificate());
        assertThat(loaded.privateKey().getEncoded())
                .isEqualTo(material.privateKey().getEncoded());
    }

    @Test
    void garbageInsteadOfAKeyIsAClearError() throws IOException {
        CertificateFolder folder = new CertificateFolder(certificates);
        folder.loadOrCreate(generator, "localhost");
        Files.writeString(folder.keyFile(), "not pem at all");

        assertThatThrownBy(() -> folder.loadOrCreate(generator, "localhost"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("private.key");
    }
}
