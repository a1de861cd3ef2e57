package cn.zugong.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;

/**
 * Signing keys for tests only, never for production: their private keys are published with the
 * testkit. {@code test-vendor} is the vendor a test platform trusts ({@link
 * PluginTestkit#trustTestVendor()} registers its certificate); {@code other-vendor} is an unrelated
 * one, for "signed by an unknown vendor" tests. Both are EC P-256 keys in PKCS12 keystores, valid
 * for a hundred years.
 *
 * <pre>{@code
 * TestVendorKeys.sign(target.resolve("notes-1.0.0.jar"), signed);
 * testkit.trustTestVendor();
 * testkit.install(signed);
 * }</pre>
 */
public final class TestVendorKeys {

    private static final String TEST_VENDOR = "test-vendor";
    private static final String OTHER_VENDOR = "other-vendor";

    private TestVendorKeys() {}

    /** The test vendor's keystore (PKCS12), copied to a temporary file that is deleted on exit. */
    public static Path keystore() {
        return materialise(TEST_VENDOR);
    }

    /** The password of the test vendor's keystore and of its key. */
    public static String password() {
        return passwordOf(TEST_VENDOR);
    }

    /** The alias of the test vendor's key in its keystore. */
    public static String alias() {
        return TEST_VENDOR;
    }

    /** The test vendor's certificate, PEM-encoded, as a security admin registers it. */
    public static String certificatePem() {
        return pem(TEST_VENDOR);
    }

    /** Signs {@code jar} with the test vendor's key into {@code signedJar} (which may be the same file). */
    public static void sign(Path jar, Path signedJar) {
        sign(TEST_VENDOR, jar, signedJar);
    }

    /**
     * The jar as it is when it carries a signature already (the vendor's own), otherwise a copy
     * beside it ({@code name-test-signed.jar}) signed with the test vendor's key.
     */
    public static Path signedForTest(Path jar) {
        if (isSigned(jar)) {
            return jar;
        }
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        Path signed = jar.resolveSibling(name + "-test-signed.jar");
        sign(jar, signed);
        return signed;
    }

    /** The unrelated vendor's keystore, copied to a temporary file that is deleted on exit. */
    public static Path otherVendorKeystore() {
        return materialise(OTHER_VENDOR);
    }

    /** The unrelated vendor's certificate, PEM-encoded. */
    public static String otherVendorCertificatePem() {
        return pem(OTHER_VENDOR);
    }

    /** Signs {@code jar} with the unrelated vendor's key, one the platform does not know. */
    public static void signAsOtherVendor(Path jar, Path signedJar) {
        sign(OTHER_VENDOR, jar, signedJar);
    }

    /** Whether the jar carries a signature (a signature file under {@code META-INF/}). */
    public static boolean isSigned(Path jar) {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            return file.stream().anyMatch(entry -> {
                String name = entry.getName().toUpperCase(Locale.ROOT);
                return name.startsWith("META-INF/") && name.indexOf('/', 9) < 0 && name.endsWith(".SF");
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        }
    }

    private static void sign(String vendor, Path jar, Path signedJar) {
        List<String> command = new ArrayList<>(List.of(
                jarsigner().toString(),
                "-keystore",
                materialise(vendor).toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                passwordOf(vendor),
                "-signedjar",
                signedJar.toAbsolutePath().toString(),
                jar.toAbsolutePath().toString(),
                vendor));
        if (signedJar.toAbsolutePath().equals(jar.toAbsolutePath())) {
            command.subList(7, 9).clear(); // in place: jarsigner's default
        }
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jarsigner failed on " + jar + ":\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signing " + jar, e);
        }
    }

    /** The JDK's jarsigner: of the running JDK, else of {@code JAVA_HOME}. */
    private static Path jarsigner() {
        String executable = System.getProperty("os.name").startsWith("Windows") ? "jarsigner.exe" : "jarsigner";
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of(System.getProperty("java.home"), "bin", executable));
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            candidates.add(Path.of(javaHome, "bin", executable));
        }
        return candidates.stream()
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No jarsigner in " + candidates + ": run on a JDK"));
    }

    private static String passwordOf(String vendor) {
        return "zugong-" + vendor;
    }

    private static String pem(String vendor) {
        try (InputStream in = resource(vendor + ".pem")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path materialise(String vendor) {
        try (InputStream in = resource(vendor + ".p12")) {
            Path file = Files.createTempFile(vendor + "-", ".p12");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the " + vendor + " keystore", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = TestVendorKeys.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Testkit resource missing: " + name);
        }
        return in;
    }
}
