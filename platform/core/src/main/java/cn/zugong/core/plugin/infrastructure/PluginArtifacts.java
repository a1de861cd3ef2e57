package cn.zugong.core.plugin.infrastructure;

import cn.zugong.core.plugin.domain.PluginRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The installed plugin jars in the database ({@code plugin_artifact}, V36), which every node reads:
 * a node's plugins directory is only its cache of them. The platform stores a jar when it installs,
 * upgrades or first meets a bundled one, drops it when the plugin is uninstalled, and each node
 * writes the recorded jars it lacks (or holds with another SHA-256) into its directory before it
 * loads them.
 */
@ApplicationScoped
@Transactional
public class PluginArtifacts {

    private static final Logger LOG = Logger.getLogger(PluginArtifacts.class.getName());

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    /** Stores the plugin's current jar, replacing the one before. */
    public void store(String pluginId, String jarFile, String sha256, byte[] content) {
        if (holds(pluginId, sha256)) {
            return;
        }
        em.createNativeQuery("delete from plugin_artifact where plugin_id = ?1")
                .setParameter(1, pluginId)
                .executeUpdate();
        em.createNativeQuery("insert into plugin_artifact (plugin_id, jar_file, sha256, content, stored_at)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, pluginId)
                .setParameter(2, jarFile)
                .setParameter(3, sha256)
                .setParameter(4, content)
                .setParameter(5, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    /** Whether the database holds this jar of the plugin. */
    public boolean holds(String pluginId, String sha256) {
        return !em.createNativeQuery("select 1 from plugin_artifact where plugin_id = ?1 and sha256 = ?2")
                .setParameter(1, pluginId)
                .setParameter(2, sha256)
                .getResultList()
                .isEmpty();
    }

    public void remove(String pluginId) {
        em.createNativeQuery("delete from plugin_artifact where plugin_id = ?1")
                .setParameter(1, pluginId)
                .executeUpdate();
    }

    /**
     * The recorded jar of a plugin in the directory, written there from the database when missing
     * or different; empty when neither the directory nor the database has it.
     */
    public Optional<Path> materialize(Path dir, PluginRecord record) {
        if (record.jarFile() == null || record.sha256() == null) {
            return Optional.empty();
        }
        Path jar = dir.resolve(record.jarFile());
        try {
            if (Files.isRegularFile(jar) && PluginJars.sha256(jar).equals(record.sha256())) {
                return Optional.of(jar);
            }
            List<?> content = em.createNativeQuery(
                            "select content from plugin_artifact where plugin_id = ?1 and sha256 = ?2")
                    .setParameter(1, record.pluginId())
                    .setParameter(2, record.sha256())
                    .getResultList();
            if (content.isEmpty()) {
                LOG.warning(() -> "Plugin " + record.pluginId() + ": jar " + record.jarFile() + " is not stored");
                return Optional.empty();
            }
            Path part = dir.resolve(record.jarFile() + ".part");
            Files.write(part, (byte[]) content.getFirst());
            Files.move(part, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info(() -> "Plugin " + record.pluginId() + ": jar " + record.jarFile() + " written from the database");
            return Optional.of(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
