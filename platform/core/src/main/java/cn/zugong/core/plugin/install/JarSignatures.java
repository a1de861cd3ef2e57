package cn.zugong.core.plugin.install;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Checks the JAR signature (as {@code jarsigner} makes it) of a plugin: every entry must be signed,
 * unchanged since, by one signer whose certificate is among the registered vendor keys.
 */
public final class JarSignatures {

    private JarSignatures() {}

    public static SignatureVerdict verify(Path jar, Set<String> trustedFingerprints) throws IOException {
        Set<X509Certificate> common = null;
        String unsigned = null;
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            Enumeration<JarEntry> entries = file.entries();
            byte[] buffer = new byte[8192];
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || signatureFile(entry.getName())) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    while (in.read(buffer) != -1) {
                        // reading the entry checks its digest against the signed manifest
                    }
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null) {
                    unsigned = unsigned == null ? entry.getName() : unsigned;
                    continue;
                }
                Set<X509Certificate> here = new HashSet<>();
                for (CodeSigner signer : signers) {
                    Certificate first =
                            signer.getSignerCertPath().getCertificates().getFirst();
                    if (first instanceof X509Certificate x509) {
                        here.add(x509);
                    }
                }
                if (common == null) {
                    common = here;
                } else {
                    common.retainAll(here);
                }
            }
        } catch (SecurityException e) {
            return new SignatureVerdict.Tampered(e.getMessage());
        }
        if (common == null) {
            return new SignatureVerdict.Unsigned();
        }
        if (unsigned != null) {
            return new SignatureVerdict.Tampered("unsigned entry " + unsigned);
        }
        if (common.isEmpty()) {
            return new SignatureVerdict.Tampered("entries signed by different signers");
        }
        for (X509Certificate certificate : common) {
            String fingerprint = fingerprint(certificate);
            if (trustedFingerprints.contains(fingerprint)) {
                return new SignatureVerdict.Trusted(
                        fingerprint, certificate.getSubjectX500Principal().getName());
            }
        }
        return new SignatureVerdict.UnknownSigner(
                common.iterator().next().getSubjectX500Principal().getName());
    }

    /** The SHA-256 fingerprint of a certificate, lower-case hex. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean signatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.equals("META-INF/MANIFEST.MF")
                || upper.endsWith(".SF")
                || upper.endsWith(".RSA")
                || upper.endsWith(".DSA")
                || upper.endsWith(".EC")
                || upper.startsWith("META-INF/SIG-");
    }
}
