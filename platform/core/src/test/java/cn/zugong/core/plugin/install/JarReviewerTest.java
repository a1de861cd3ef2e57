package cn.zugong.core.plugin.install;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.ApiVersion;
import cn.zugong.core.plugin.domain.PluginManifest;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.plugin.domain.PluginState;
import cn.zugong.core.validation.Problem;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the platform-sysadmin is told before installing a jar, unsigned plugins allowed for these cases. */
class JarReviewerTest {

    @TempDir
    Path dir;

    private final Map<String, PluginRecord> installed = new HashMap<>();

    private List<String> problems(Map<String, String> manifest) throws Exception {
        return review(manifest).problems().stream().map(Problem::messageKey).toList();
    }

    private PluginReview review(Map<String, String> manifest) throws Exception {
        Path jar = SignedJars.pluginJar(dir, "p" + System.nanoTime() + ".jar", manifest);
        return new JarReviewer(Set.of(), true, id -> Optional.ofNullable(installed.get(id))).review(jar);
    }

    private static Map<String, String> plugin(String id, String version, String requires) {
        Map<String, String> m = new HashMap<>();
        m.put("Plugin-Id", id);
        m.put("Plugin-Version", version);
        m.put("Plugin-Requires", requires);
        m.put("Plugin-Permissions", "notes.view, notes.manage");
        m.put("Plugin-Data-Access", "cadres.read");
        return m;
    }

    private void install(String id, String version, PluginState state) {
        PluginRecord record = new PluginRecord(id, "test", Instant.now());
        record.describe(
                new PluginManifest(id, version, "Acme", "", ">=1.0.0", "", List.of(), List.of()), id + ".jar", "", "");
        record.change(state, null, "test", Instant.now());
        installed.put(id, record);
    }

    @Test
    void aCompatiblePluginIsAcceptableAndItsDeclarationsAreShown() throws Exception {
        PluginReview review = review(plugin("notes", "1.0.0", ">=1.0.0 & <2.0.0"));

        assertThat(review.problems()).isEmpty();
        assertThat(review.manifest().orElseThrow().permissions()).containsExactly("notes.view", "notes.manage");
        assertThat(review.manifest().orElseThrow().dataAccess()).containsExactly("cadres.read");
    }

    @Test
    void aPluginForAnotherMajorVersionOfTheSdkIsRefusedNamingBothVersions() throws Exception {
        PluginReview review = review(plugin("notes", "1.0.0", ">=2.0.0"));

        assertThat(review.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("plugin.refused.requires");
            assertThat(p.args()).containsExactly(">=2.0.0", ApiVersion.current());
        });
    }

    @Test
    void aPluginWithoutAnSdkRangeIsRefused() throws Exception {
        assertThat(problems(plugin("notes", "1.0.0", ""))).containsExactly("plugin.refused.requires");
    }

    @Test
    void aJarWithoutPluginDescriptorIsNoPlugin() throws Exception {
        assertThat(problems(Map.of("Created-By", "someone"))).containsExactly("plugin.refused.notPlugin");
    }

    @Test
    void idsAreLowerCaseWordsWithDashes() throws Exception {
        assertThat(problems(plugin("Notes_X", "1.0.0", ">=1.0.0"))).containsExactly("plugin.refused.id");
    }

    @Test
    void anUpgradeMustBeNewerThanTheInstalledVersion() throws Exception {
        install("notes", "1.1.0", PluginState.ENABLED);

        assertThat(problems(plugin("notes", "1.1.0", ">=1.0.0"))).containsExactly("plugin.refused.notNewer");
        assertThat(problems(plugin("notes", "1.0.9", ">=1.0.0"))).containsExactly("plugin.refused.notNewer");
        PluginReview upgrade = review(plugin("notes", "1.2.0", ">=1.0.0"));
        assertThat(upgrade.problems()).isEmpty();
        assertThat(upgrade.installedVersion()).contains("1.1.0");
    }

    @Test
    void anUninstalledPluginMayBeInstalledAgainInAnyVersion() throws Exception {
        install("notes", "1.1.0", PluginState.UNINSTALLED);

        assertThat(problems(plugin("notes", "1.1.0", ">=1.0.0"))).isEmpty();
    }

    @Test
    void requiredPluginsMustBeRunningInAMatchingVersion() throws Exception {
        Map<String, String> manifest = plugin("reports", "1.0.0", ">=1.0.0");
        manifest.put("Plugin-Dependencies", "notes@>=1.2.0, extras?");

        assertThat(problems(manifest)).containsExactly("plugin.refused.dependencyMissing");
        install("notes", "1.1.0", PluginState.ENABLED);
        assertThat(problems(manifest)).containsExactly("plugin.refused.dependencyVersion");
        install("notes", "1.2.0", PluginState.ENABLED);
        assertThat(problems(manifest)).isEmpty();
        install("notes", "1.2.0", PluginState.DISABLED);
        assertThat(problems(manifest)).containsExactly("plugin.refused.dependencyMissing");
    }

    @Test
    void unsignedPluginsAreRefusedUnlessTheSecadminAllowsThem() throws Exception {
        Path jar = SignedJars.pluginJar(dir, "unsigned.jar", plugin("notes", "1.0.0", ">=1.0.0"));

        PluginReview refused = new JarReviewer(Set.of(), false, id -> Optional.empty()).review(jar);

        assertThat(refused.problems()).extracting(Problem::messageKey).containsExactly("plugin.refused.unsigned");
        assertThat(refused.signer()).isEmpty();
    }
}
