package cn.zugong.core.plugin.install;

import cn.zugong.core.plugin.application.PluginRegistry;
import cn.zugong.core.plugin.data.PluginDatabase;
import cn.zugong.core.plugin.data.PluginExport;
import cn.zugong.core.plugin.domain.PluginManifest;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.plugin.domain.PluginState;
import cn.zugong.core.plugin.infrastructure.PluginArtifacts;
import cn.zugong.core.plugin.infrastructure.PluginFailure;
import cn.zugong.core.plugin.infrastructure.PluginLifecycle;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The platform-sysadmin's plugin lifecycle at run time: review and install (or upgrade) an uploaded
 * jar, disable, enable, uninstall (data kept), export and purge, and which tenants are offered a
 * plugin. The server keeps running throughout.
 */
@ApplicationScoped
public class PluginInstaller {

    private static final Logger LOG = Logger.getLogger(PluginInstaller.class.getName());

    @Inject
    PluginLifecycle lifecycle;

    @Inject
    PluginRegistry registry;

    @Inject
    VendorKeys keys;

    @Inject
    PluginDatabase database;

    @Inject
    PluginExport exporter;

    @Inject
    PluginArtifacts artifacts;

    @Inject
    PluginFollower follower;

    /** What installing this jar would do, and every reason it would be refused. Nothing is installed. */
    public PluginReview review(byte[] jar) {
        requireSysadmin();
        Path staged = stage(jar);
        try {
            PluginReview review = reviewer().review(staged);
            return review.manifest()
                    .flatMap(m -> registry.find(m.id()))
                    .filter(r -> r.state() == PluginState.UNINSTALLED)
                    .map(r -> review.withKept(exporter.kept(r.pluginId())))
                    .orElse(review);
        } finally {
            delete(staged);
        }
    }

    /**
     * Installs a jar, or upgrades the installed plugin of the same id (its new migrations run before
     * it starts). A plugin that fails to start is recorded as failed, with the reason.
     *
     * @throws PluginRefusedException when the review finds a problem; nothing is changed then
     */
    public synchronized PluginRecord install(byte[] jar) {
        String user = requireSysadmin();
        Path staged = stage(jar);
        try {
            PluginReview review = reviewer().review(staged);
            if (!review.acceptable()) {
                throw new PluginRefusedException(review);
            }
            PluginManifest manifest = review.manifest().orElseThrow();
            Path dir = lifecycle.directory().orElseThrow(() -> new IllegalStateException("No plugins directory"));
            String file = manifest.id() + "-" + manifest.version() + ".jar";
            Optional<PluginRecord> previous = registry.find(manifest.id());
            lifecycle.deactivate(manifest.id());
            Files.copy(staged, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            // Stored before the record changes, so that every node told of the change finds the jar.
            artifacts.store(manifest.id(), file, review.sha256(), jar);
            previous.map(PluginRecord::jarFile)
                    .filter(old -> !old.equals(file))
                    .ifPresent(old -> delete(dir.resolve(old)));
            String signer = review.signer().orElse("unsigned");
            if (previous.map(r -> r.state() == PluginState.UNINSTALLED).orElse(false)) {
                // A new installation: the operator enables and offers it again, each county chooses again.
                PluginRecord record = registry.audited("plugin.reinstall", manifest.id(), records -> {
                    records.reinstalled(manifest.id(), user);
                    return records.save(
                            manifest, file, review.sha256(), signer, PluginState.DISABLED, null, user, false);
                });
                LOG.info(() ->
                        "Plugin " + manifest.id() + " " + manifest.version() + " reinstalled (disabled) by " + user);
                return record;
            }
            if (previous.map(r -> r.state() == PluginState.DISABLED).orElse(false)) {
                LOG.info(() ->
                        "Plugin " + manifest.id() + " upgraded to " + manifest.version() + " (disabled) by " + user);
                return registry.audited(
                        "plugin.upgrade",
                        manifest.id(),
                        records -> records.save(
                                manifest, file, review.sha256(), signer, PluginState.DISABLED, null, user, false));
            }
            String action = previous.isPresent() ? "plugin.upgrade" : "plugin.install";
            PluginRecord record = start(action, manifest, dir.resolve(file), review.sha256(), signer, user);
            LOG.info(() -> "Plugin " + manifest.id() + " " + manifest.version() + " installed by " + user + ": "
                    + record.state());
            return record;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(staged);
        }
    }

    /** Starts the plugin and records the outcome (enabled, or failed with the reason) as the action. */
    private PluginRecord start(
            String action, PluginManifest manifest, Path jar, String sha, String signer, String user) {
        String file = jar.getFileName().toString();
        try {
            lifecycle.activate(manifest, jar);
            return registry.audited(
                    action,
                    manifest.id(),
                    records -> records.save(manifest, file, sha, signer, PluginState.ENABLED, null, user, false));
        } catch (PluginFailure e) {
            return registry.audited(
                    action,
                    manifest.id(),
                    records ->
                            records.save(manifest, file, sha, signer, PluginState.FAILED, e.recorded(), user, false));
        }
    }

    public synchronized PluginRecord disable(String pluginId) {
        String user = requireSysadmin();
        PluginRecord record = existing(pluginId);
        if (record.state() == PluginState.UNINSTALLED) {
            throw refusal("plugin.lifecycle.uninstalled");
        }
        lifecycle.deactivate(pluginId);
        return registry.audited(
                "plugin.deactivate", pluginId, records -> records.change(pluginId, PluginState.DISABLED, null, user));
    }

    /** Starts a disabled or failed plugin again (running any new migrations). */
    public synchronized PluginRecord enable(String pluginId) {
        String user = requireSysadmin();
        PluginRecord record = existing(pluginId);
        if (record.state() == PluginState.UNINSTALLED || record.jarFile() == null) {
            throw refusal("plugin.lifecycle.uninstalled");
        }
        Path jar = artifacts
                .materialize(lifecycle.directory().orElseThrow(), record)
                .orElseGet(() -> lifecycle.directory().orElseThrow().resolve(record.jarFile()));
        try {
            PluginManifest manifest = PluginManifest.read(jar).orElseThrow(() -> refusal("plugin.refused.notPlugin"));
            return start("plugin.activate", manifest, jar, record.sha256(), record.signer(), user);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the plugin and removes its jar; its tables and data stay until purged after an export. */
    public synchronized PluginRecord uninstall(String pluginId) {
        String user = requireSysadmin();
        PluginRecord record = existing(pluginId);
        lifecycle.deactivate(pluginId);
        if (record.jarFile() != null) {
            lifecycle.directory().ifPresent(dir -> delete(dir.resolve(record.jarFile())));
        }
        artifacts.remove(pluginId);
        registry.audited("plugin.uninstall", pluginId, records -> {
            records.uninstalled(pluginId, user);
            return null;
        });
        LOG.info(() -> "Plugin " + pluginId + " uninstalled by " + user + "; data kept");
        return registry.find(pluginId).orElseThrow();
    }

    /** Follows the records another node changed; serialized with this node's own changes. */
    public synchronized void follow() {
        follower.follow();
    }

    /** The plugin's tables of every county as CSV files in a zip; recorded as the export before a purge. */
    public byte[] export(String pluginId) {
        requireSysadmin();
        existing(pluginId);
        byte[] zip = exporter.export(pluginId);
        registry.audited("plugin.export", pluginId, records -> {
            records.exported(pluginId);
            return null;
        });
        return zip;
    }

    /** Drops an uninstalled plugin's tables and forgets it; only after an export made since it was uninstalled. */
    public synchronized void purge(String pluginId) {
        String user = requireSysadmin();
        PluginRecord record = existing(pluginId);
        if (record.state() != PluginState.UNINSTALLED) {
            throw refusal("plugin.purge.notUninstalled");
        }
        if (record.exportedAt().filter(at -> !at.isBefore(record.changedAt())).isEmpty()) {
            throw refusal("plugin.purge.exportFirst");
        }
        database.drop(pluginId);
        registry.audited("plugin.purge", pluginId, records -> {
            records.remove(pluginId);
            return null;
        });
        LOG.warning(() -> "Plugin " + pluginId + " purged by " + user + ": its tables are dropped");
    }

    /** Offers the plugin to every tenant, or exactly to the listed ones. */
    public void offer(String pluginId, boolean all, Set<String> tenants) {
        requireSysadmin();
        existing(pluginId);
        List<Problem> unknown = registry.unknownTenants(tenants).stream()
                .sorted()
                .map(code -> new Problem("tenants", "plugin.offer.tenant.unknown", List.of(code)))
                .toList();
        if (!unknown.isEmpty()) {
            throw new ValidationException(unknown);
        }
        registry.audited("plugin.offer", pluginId, records -> {
            records.offer(pluginId, all, tenants);
            return null;
        });
    }

    public List<PluginRecord> all() {
        requireSysadmin();
        return registry.all();
    }

    private JarReviewer reviewer() {
        return new JarReviewer(keys.fingerprints(), keys.allowUnsigned(), registry::find);
    }

    private PluginRecord existing(String pluginId) {
        return registry.find(pluginId).orElseThrow(() -> refusal("plugin.lifecycle.unknown"));
    }

    private static ValidationException refusal(String key) {
        return new ValidationException(List.of(new Problem("plugin", key)));
    }

    private static Path stage(byte[] jar) {
        try {
            Path staged = Files.createTempFile("zugong-plugin-", ".jar");
            Files.write(staged, jar);
            return staged;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete " + file.getFileName() + ": " + e.getMessage());
        }
    }

    static String requireSysadmin() {
        if (!CurrentUserHolder.hasRole(CurrentUser.PLATFORM_SYSADMIN)) {
            throw new AccessDeniedException("error.access.denied");
        }
        return CurrentUserHolder.current().map(CurrentUser::username).orElse("?");
    }
}
