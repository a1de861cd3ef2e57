package cn.zugong.core.plugin.install;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.plugin.application.PluginRegistry;
import cn.zugong.core.plugin.domain.PluginManifest;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.plugin.domain.PluginState;
import cn.zugong.core.plugin.infrastructure.PluginArtifacts;
import cn.zugong.core.plugin.infrastructure.PluginLifecycle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node following records another node changed: what it starts (from the jar the database holds),
 * stops and removes from its cache, against the plugins it runs.
 */
class PluginFollowerTest {

    @TempDir
    Path dir;

    private final List<PluginRecord> records = new ArrayList<>();
    private final Map<String, String> running = new HashMap<>();
    private final List<String> started = new ArrayList<>();
    private final List<String> stopped = new ArrayList<>();

    @Test
    void aNodeStartsTheNewJarOfAnUpgradedPluginWrittenFromTheDatabase() throws IOException {
        record("alpha", "2.0.0", PluginState.ENABLED);
        running.put("alpha", "alpha-1.0.0.jar");

        follower().follow();

        assertThat(started).containsExactly("alpha-2.0.0.jar");
        assertThat(dir.resolve("alpha-2.0.0.jar")).exists();
    }

    @Test
    void aNodeStopsAPluginDisabledOrFailedElsewhereAndOneWithoutRecord() {
        record("beta", "1.0.0", PluginState.DISABLED);
        record("zeta", "1.0.0", PluginState.FAILED);
        running.put("beta", "beta-1.0.0.jar");
        running.put("zeta", "zeta-1.0.0.jar");
        running.put("delta", "delta-1.0.0.jar");

        follower().follow();

        assertThat(stopped).containsExactlyInAnyOrder("beta", "zeta", "delta");
        assertThat(started).isEmpty();
    }

    @Test
    void aNodeLeavesAPluginThatRunsItsRecordedJarAlone() {
        record("epsilon", "1.0.0", PluginState.ENABLED);
        running.put("epsilon", "epsilon-1.0.0.jar");

        follower().follow();

        assertThat(started).isEmpty();
        assertThat(stopped).isEmpty();
    }

    @Test
    void aNodeStopsAnUninstalledPluginAndDeletesItsCachedJar() throws IOException {
        record("gamma", "1.0.0", PluginState.UNINSTALLED);
        running.put("gamma", "gamma-1.0.0.jar");
        jar("gamma", "1.0.0");

        follower().follow();

        assertThat(stopped).containsExactly("gamma");
        assertThat(dir.resolve("gamma-1.0.0.jar")).doesNotExist();
    }

    private PluginFollower follower() {
        PluginFollower follower = new PluginFollower();
        follower.registry = new PluginRegistry() {
            @Override
            public List<PluginRecord> all() {
                return records;
            }
        };
        follower.lifecycle = new PluginLifecycle() {
            @Override
            public Optional<Path> directory() {
                return Optional.of(dir);
            }

            @Override
            public Map<String, String> runningJars() {
                return Map.copyOf(running);
            }

            @Override
            public synchronized void activate(PluginManifest manifest, Path jar) {
                started.add(jar.getFileName().toString());
            }

            @Override
            public synchronized void deactivate(String id) {
                stopped.add(id);
            }
        };
        follower.artifacts = new PluginArtifacts() {
            @Override
            public Optional<Path> materialize(Path into, PluginRecord record) {
                try {
                    return Optional.of(jar(record.pluginId(), record.version()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        return follower;
    }

    private void record(String id, String version, PluginState state) {
        PluginRecord record = new PluginRecord(id, "platform-sysadmin", Instant.now());
        record.describe(
                new PluginManifest(id, version, "", "", "", "", List.of(), List.of()),
                id + "-" + version + ".jar",
                "0".repeat(64),
                "bundled");
        record.change(state, null, "platform-sysadmin", Instant.now());
        records.add(record);
    }

    private Path jar(String id, String version) throws IOException {
        Path jar = dir.resolve(id + "-" + version + ".jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Plugin-Id", id);
        manifest.getMainAttributes().putValue("Plugin-Version", version);
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
