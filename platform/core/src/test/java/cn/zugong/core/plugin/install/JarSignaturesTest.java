package cn.zugong.core.plugin.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin is accepted only when every entry is signed, unchanged, by a registered vendor. */
class JarSignaturesTest {

    @TempDir
    static Path dir;

    static Path vendorStore;
    static String vendorFingerprint;
    static Path otherStore;

    @BeforeAll
    static void keys() throws Exception {
        vendorStore = dir.resolve("vendor.p12");
        vendorFingerprint = JarSignatures.fingerprint(
                VendorKeys.parse(SignedJars.keyStore(vendorStore, "vendor", "CN=Acme Plugins, O=Acme")));
        otherStore = dir.resolve("other.p12");
        SignedJars.keyStore(otherStore, "other", "CN=Somebody Else");
    }

    private static Path signedBy(Path store, String alias, String name) throws Exception {
        Path jar = SignedJars.pluginJar(dir, name, Map.of("Plugin-Id", "notes", "Plugin-Version", "1.0.0"));
        SignedJars.sign(jar, store, alias);
        return jar;
    }

    @Test
    void aJarSignedByARegisteredVendorIsTrustedWithItsSubject() throws Exception {
        Path jar = signedBy(vendorStore, "vendor", "trusted.jar");

        SignatureVerdict verdict = JarSignatures.verify(jar, Set.of(vendorFingerprint));

        assertThat(verdict).isInstanceOf(SignatureVerdict.Trusted.class);
        assertThat(((SignatureVerdict.Trusted) verdict).subject()).contains("CN=Acme Plugins");
    }

    @Test
    void anUnsignedJarIsUnsigned() throws Exception {
        Path jar = SignedJars.pluginJar(dir, "unsigned.jar", Map.of("Plugin-Id", "notes"));

        assertThat(JarSignatures.verify(jar, Set.of(vendorFingerprint))).isInstanceOf(SignatureVerdict.Unsigned.class);
    }

    @Test
    void aJarSignedByAnUnregisteredKeyNamesItsSigner() throws Exception {
        Path jar = signedBy(otherStore, "other", "other.jar");

        SignatureVerdict verdict = JarSignatures.verify(jar, Set.of(vendorFingerprint));

        assertThat(verdict).isEqualTo(new SignatureVerdict.UnknownSigner("CN=Somebody Else"));
    }

    @Test
    void aChangedEntryAfterSigningIsTampering() throws Exception {
        Path jar = SignedJars.tamper(signedBy(vendorStore, "vendor", "changed.jar"), "com/acme/Thing.class");

        SignatureVerdict verdict = JarSignatures.verify(jar, Set.of(vendorFingerprint));

        assertThat(verdict).isInstanceOf(SignatureVerdict.Tampered.class);
        assertThat(((SignatureVerdict.Tampered) verdict).detail()).contains("com/acme/Thing.class");
    }

    @Test
    void anEntryAddedAfterSigningIsTampering() throws Exception {
        Path jar = SignedJars.withExtraEntry(signedBy(vendorStore, "vendor", "added.jar"));

        assertThat(JarSignatures.verify(jar, Set.of(vendorFingerprint)))
                .isEqualTo(new SignatureVerdict.Tampered("unsigned entry com/acme/Extra.class"));
    }

    @Test
    void aDeclarationChangedInTheManifestAfterSigningIsTampering() throws Exception {
        Path jar = SignedJars.rewriteManifest(
                signedBy(vendorStore, "vendor", "redeclared.jar"), "Plugin-Version: 1.0.0", "Plugin-Version: 9.0.0");

        assertThat(JarSignatures.verify(jar, Set.of(vendorFingerprint))).isInstanceOf(SignatureVerdict.Tampered.class);
    }
}
