package cn.zugong.core.plugin.install;

import cn.zugong.core.cluster.ClusterSignal;
import cn.zugong.core.plugin.application.PluginRegistry;
import cn.zugong.core.plugin.domain.PluginManifest;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.plugin.domain.PluginState;
import cn.zugong.core.plugin.infrastructure.PluginArtifacts;
import cn.zugong.core.plugin.infrastructure.PluginLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps this node's running plugins and its jar cache in line with the records, which any node may
 * change: told by {@link ClusterSignal#PLUGINS}, it starts an enabled plugin that does not run here
 * or runs another jar (writing the jar from the database first), stops one that is no longer
 * enabled, and deletes the cached jar of an uninstalled one. A plugin that fails to start here is
 * logged and left stopped on this node; the record, which other nodes follow, stays as it is.
 * Serialized with the operator's own changes on this node ({@link PluginInstaller#follow()}).
 */
@ApplicationScoped
public class PluginFollower {

    private static final Logger LOG = Logger.getLogger(PluginFollower.class.getName());

    @Inject
    PluginInstaller installer;

    @Inject
    PluginLifecycle lifecycle;

    @Inject
    PluginRegistry registry;

    @Inject
    PluginArtifacts artifacts;

    void on(@Observes ClusterSignal signal) {
        if (ClusterSignal.PLUGINS.equals(signal.channel())) {
            installer.follow();
        }
    }

    /** Brings this node in line; called under the installer's lock. */
    void follow() {
        Optional<Path> dir = lifecycle.directory();
        if (dir.isEmpty()) {
            return;
        }
        Map<String, String> running = new HashMap<>(lifecycle.runningJars());
        for (PluginRecord record : registry.all()) {
            String id = record.pluginId();
            String loaded = running.remove(id);
            if (record.state() == PluginState.UNINSTALLED) {
                forget(dir.get(), record, loaded);
                continue;
            }
            Optional<Path> jar = cache(dir.get(), record);
            boolean wanted = record.state() == PluginState.ENABLED;
            if (wanted && jar.isPresent() && !record.jarFile().equals(loaded)) {
                start(record, jar.get());
            } else if (!wanted && loaded != null) {
                lifecycle.deactivate(id);
            }
        }
        running.keySet().forEach(lifecycle::deactivate);
    }

    private Optional<Path> cache(Path dir, PluginRecord record) {
        try {
            return artifacts.materialize(dir, record);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Plugin " + record.pluginId() + ": jar not written from the database", e);
            return Optional.empty();
        }
    }

    private void start(PluginRecord record, Path jar) {
        try {
            PluginManifest manifest = PluginManifest.read(jar).orElseThrow();
            lifecycle.activate(manifest, jar);
        } catch (IOException | RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "Plugin " + record.pluginId() + " recorded as enabled does not start on this node",
                    e);
        }
    }

    private void forget(Path dir, PluginRecord record, String loaded) {
        if (loaded != null) {
            lifecycle.deactivate(record.pluginId());
        }
        if (record.jarFile() != null) {
            try {
                Files.deleteIfExists(dir.resolve(record.jarFile()));
            } catch (IOException e) {
                LOG.warning(() -> "Plugin " + record.pluginId() + ": cached jar not deleted: " + e.getMessage());
            }
        }
    }
}
