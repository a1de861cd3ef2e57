package cn.zugong.core.plugin.install;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Plugin jars for tests: written with a manifest, signed with the JDK's keytool and jarsigner. */
final class SignedJars {

    static final String PASSWORD = "test-password";

    private SignedJars() {}

    static Path pluginJar(Path dir, String name, Map<String, String> manifest) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.forEach((k, v) -> m.getMainAttributes().putValue(k, v));
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            out.putNextEntry(new JarEntry("com/acme/Thing.class"));
            out.write("not really a class, but bytes to sign".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    /** A new PKCS12 key store with one EC key pair under {@code alias}; returns the certificate as PEM. */
    static byte[] keyStore(Path store, String alias, String dname) throws IOException, InterruptedException {
        run(
                tool("keytool"),
                "-genkeypair",
                "-alias",
                alias,
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                dname,
                "-validity",
                "3650",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD);
        Path pem = store.resolveSibling(alias + ".pem");
        run(
                tool("keytool"),
                "-exportcert",
                "-rfc",
                "-alias",
                alias,
                "-keystore",
                store.toString(),
                "-storepass",
                PASSWORD,
                "-file",
                pem.toString());
        return Files.readAllBytes(pem);
    }

    static void sign(Path jar, Path store, String alias) throws IOException, InterruptedException {
        run(
                tool("jarsigner"),
                "-keystore",
                store.toString(),
                "-storepass",
                PASSWORD,
                "-storetype",
                "PKCS12",
                jar.toString(),
                alias);
    }

    /** A copy of a jar with the bytes of one entry changed (the signature files copied as they are). */
    static Path tamper(Path jar, String entry) throws IOException {
        Path tampered = jar.resolveSibling("tampered-" + jar.getFileName());
        try (ZipFile in = new ZipFile(jar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            var entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(entry)) {
                    bytes[0] ^= 1;
                }
                out.write(bytes);
                out.closeEntry();
            }
        }
        return tampered;
    }

    /** A copy of a jar whose manifest has one text replaced (the signature files copied as they are). */
    static Path rewriteManifest(Path jar, String from, String to) throws IOException {
        Path rewritten = jar.resolveSibling("rewritten-" + jar.getFileName());
        Files.copy(jar, rewritten);
        try (var fs = java.nio.file.FileSystems.newFileSystem(rewritten)) {
            Path manifest = fs.getPath("META-INF/MANIFEST.MF");
            String text = Files.readString(manifest).replace(from, to);
            Files.writeString(manifest, text);
        }
        return rewritten;
    }

    /** A copy of a jar with one more, unsigned entry. */
    static Path withExtraEntry(Path jar) throws IOException {
        Path extended = jar.resolveSibling("extended-" + jar.getFileName());
        Files.copy(jar, extended);
        try (var fs = java.nio.file.FileSystems.newFileSystem(extended)) {
            try (OutputStream out = Files.newOutputStream(fs.getPath("com/acme/Extra.class"))) {
                out.write(new byte[] {1, 2, 3});
            }
        }
        return extended;
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
