package cn.zugong.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestVendorKeysTest {

    @TempDir
    Path folder;

    @Test
    void theKeystoreOpensWithItsPasswordAndHoldsTheKeyOfThePublishedCertificate() throws Exception {
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(TestVendorKeys.keystore())) {
            keystore.load(in, TestVendorKeys.password().toCharArray());
        }

        assertThat(keystore.isKeyEntry(TestVendorKeys.alias())).isTrue();
        assertThat(keystore.getCertificate(TestVendorKeys.alias()))
                .isEqualTo(certificate(TestVendorKeys.certificatePem()));
    }

    @Test
    void aSignedJarCarriesTheTestVendorsCertificate() throws Exception {
        Path jar = plugin("notes.jar");
        Path signed = folder.resolve("notes-signed.jar");

        TestVendorKeys.sign(jar, signed);

        assertThat(TestVendorKeys.isSigned(jar)).isFalse();
        assertThat(TestVendorKeys.isSigned(signed)).isTrue();
        assertThat(signer(signed)).isEqualTo(certificate(TestVendorKeys.certificatePem()));
    }

    @Test
    void anUnsignedJarIsSignedForTestsBesideItAndASignedOneKeptAsItIs() throws Exception {
        Path jar = plugin("notes-1.0.0.jar");

        Path signed = TestVendorKeys.signedForTest(jar);

        assertThat(signed).isEqualTo(folder.resolve("notes-1.0.0-test-signed.jar"));
        assertThat(signer(signed)).isEqualTo(certificate(TestVendorKeys.certificatePem()));
        assertThat(TestVendorKeys.signedForTest(signed)).isEqualTo(signed);
    }

    @Test
    void theOtherVendorSignsWithAnUnrelatedCertificate() throws Exception {
        Path signed = folder.resolve("other.jar");

        TestVendorKeys.signAsOtherVendor(plugin("notes.jar"), signed);

        Certificate other = certificate(TestVendorKeys.otherVendorCertificatePem());
        assertThat(signer(signed)).isEqualTo(other).isNotEqualTo(certificate(TestVendorKeys.certificatePem()));
    }

    private Path plugin(String name) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        manifest.getMainAttributes().putValue("Plugin-Id", "notes");
        Path jar = folder.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("com/acme/notes/readme.txt"));
            out.write("notes".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    /** The signer of the jar's content, after the JDK verified the signature. */
    private static Certificate signer(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            JarEntry entry = file.getJarEntry("com/acme/notes/readme.txt");
            try (InputStream in = file.getInputStream(entry)) {
                in.readAllBytes(); // verification happens on reading
            }
            assertThat(entry.getCodeSigners()).hasSize(1);
            return entry.getCodeSigners()[0]
                    .getSignerCertPath()
                    .getCertificates()
                    .get(0);
        }
    }

    private static Certificate certificate(String pem) throws Exception {
        return CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }
}
