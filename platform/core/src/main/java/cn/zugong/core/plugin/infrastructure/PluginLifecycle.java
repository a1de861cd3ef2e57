package cn.zugong.core.plugin.infrastructure;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.plugin.PluginEntities;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.application.PluginRegistry;
import cn.zugong.core.plugin.application.PluginsChanged;
import cn.zugong.core.plugin.context.HostedContext;
import cn.zugong.core.plugin.context.PluginContextServices;
import cn.zugong.core.plugin.data.PluginDataException;
import cn.zugong.core.plugin.data.PluginDatabase;
import cn.zugong.core.plugin.domain.PluginManifest;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.plugin.domain.PluginState;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pf4j.PluginWrapper;

/**
 * Starts and stops the plugins: at start-up those recorded as enabled (and any jar the operator put
 * in the plugins directory, {@code ZUGONG_PLUGINS_DIR} or {@code zugong.plugins.dir}), and at run
 * time whatever the installer activates or deactivates, without restarting the server. Activating
 * a plugin loads and starts it with PF4J, migrates its tables and maps its entities; any failure
 * leaves it stopped with the reason recorded, and the platform keeps serving. What the running
 * plugins contribute is asked of {@link PluginHost}.
 */
@ApplicationScoped
public class PluginLifecycle {

    private static final Logger LOG = Logger.getLogger(PluginLifecycle.class.getName());

    @Inject
    PluginRegistry registry;

    @Inject
    PluginDatabase database;

    @Inject
    PluginContextServices services;

    @Inject
    Event<PluginsChanged> changed;

    @Inject
    PluginHost host;

    @Inject
    PluginArtifacts artifacts;

    private final Map<String, ActivePlugin> active = new ConcurrentHashMap<>();
    /** The jar file each running plugin was loaded from. */
    private final Map<String, String> jars = new ConcurrentHashMap<>();

    private volatile HostPluginManager manager;
    private volatile Path directory;
    private volatile boolean started;

    /** Starts the recorded and bundled plugins; called once at start-up. */
    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        Optional<Path> dir = PluginJars.directory();
        if (dir.isEmpty()) {
            LOG.info("No plugins directory configured (ZUGONG_PLUGINS_DIR)");
            return;
        }
        directory = dir.get();
        manager = new HostPluginManager(directory);
        manager.factory().contexts(this::contextOf);
        PluginContext.provide(this::contextOf);
        cacheRecordedJars();
        for (Path jar : PluginJars.in(directory)) {
            try {
                startRecorded(jar);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.SEVERE, "Plugin jar " + jar.getFileName() + " not started", e);
            }
        }
    }

    /** Writes the recorded jars this node's directory lacks from the database (another node installed them). */
    private void cacheRecordedJars() {
        for (PluginRecord record : registry.all()) {
            if (record.state() == PluginState.UNINSTALLED) {
                continue;
            }
            try {
                artifacts.materialize(directory, record);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Plugin " + record.pluginId() + ": jar not written from the database", e);
            }
        }
    }

    private void startRecorded(Path jar) throws IOException {
        Optional<PluginManifest> manifest = PluginManifest.read(jar);
        if (manifest.isEmpty()) {
            LOG.warning(() -> "Not a plugin (no Plugin-Id): " + jar.getFileName());
            return;
        }
        String id = manifest.get().id();
        String file = jar.getFileName().toString();
        Optional<PluginRecord> record = registry.find(id);
        if (record.isPresent()) {
            PluginRecord known = record.get();
            boolean bundled = PluginRegistry.BUNDLED.equals(known.signer());
            if (!file.equals(known.jarFile()) && !bundled) {
                LOG.warning(() -> "Plugin jar " + file + " is not the installed one of " + id + "; ignored");
                return;
            }
            if (!file.equals(known.jarFile())) {
                if (known.state() != PluginState.ENABLED) {
                    return;
                }
                recordBundled(manifest.get(), jar);
            } else if (known.state() != PluginState.UNINSTALLED
                    && known.sha256() != null
                    && !artifacts.holds(id, known.sha256())
                    && known.sha256().equals(PluginJars.sha256(jar))) {
                // Installed before the jars were kept in the database: every node needs it from there.
                artifacts.store(id, file, known.sha256(), Files.readAllBytes(jar));
            }
            if (known.state() != PluginState.ENABLED) {
                return;
            }
        } else {
            recordBundled(manifest.get(), jar);
        }
        try {
            activate(manifest.get(), jar);
        } catch (PluginFailure e) {
            registry.change(id, PluginState.FAILED, e.recorded(), "system");
        }
    }

    /** Records a jar the operator put in the directory as the plugin's enabled, bundled version. */
    private void recordBundled(PluginManifest manifest, Path jar) throws IOException {
        String file = jar.getFileName().toString();
        String sha = PluginJars.sha256(jar);
        artifacts.store(manifest.id(), file, sha, Files.readAllBytes(jar));
        registry.save(manifest, file, sha, PluginRegistry.BUNDLED, PluginState.ENABLED, null, "system", true);
    }

    /**
     * Loads, starts, migrates and maps one plugin.
     *
     * @throws PluginFailure with the reason; the plugin is then left unloaded
     */
    public synchronized void activate(PluginManifest manifest, Path jar) {
        requireStarted();
        String id = manifest.id();
        if (active.containsKey(id)) {
            deactivate(id);
        }
        try {
            String loaded = manager.loadPlugin(jar);
            if (!id.equals(loaded)) {
                throw new PluginFailure("plugin.failed.start", "loaded as " + loaded, null);
            }
            PluginWrapper wrapper = manager.getPlugin(id);
            ClassLoader loader = wrapper.getPluginClassLoader();
            HostedContext context = services.contextFor(id, Set.copyOf(manifest.dataAccess()), host::rulePacks);
            active.put(
                    id,
                    new ActivePlugin(
                            id, manifest.version(), loader, context, Optional.empty(), manifest.permissions()));
            org.pf4j.PluginState state = manager.startPlugin(id);
            if (state != org.pf4j.PluginState.STARTED) {
                Throwable cause = wrapper.getFailedException();
                throw new PluginFailure(
                        "plugin.failed.start", cause == null ? String.valueOf(state) : describe(cause), cause);
            }
            database.migrate(id, loader);
            List<Class<?>> entities = new ArrayList<>();
            manager.getExtensions(PluginEntities.class, id).forEach(e -> entities.addAll(e.entityClasses()));
            Optional<EntityManagerFactory> emf = entities.isEmpty()
                    ? Optional.empty()
                    : Optional.of(database.entityManagerFactory(id, entities, loader));
            emf.ifPresent(f -> services.withPersistence(context, f));
            active.put(id, new ActivePlugin(id, manifest.version(), loader, context, emf, manifest.permissions()));
            jars.put(id, jar.getFileName().toString());
        } catch (PluginFailure e) {
            unload(id);
            throw e;
        } catch (PluginDataException e) {
            unload(id);
            throw new PluginFailure(e.messageKey(), e.getMessage(), e);
        } catch (RuntimeException | LinkageError e) {
            unload(id);
            throw new PluginFailure("plugin.failed.start", describe(e), e);
        }
        LOG.info(() -> "Plugin started: " + id + " " + manifest.version());
        changed.fire(new PluginsChanged(id, true));
    }

    /** Stops and unloads a plugin, if it runs. */
    public synchronized void deactivate(String id) {
        if (unload(id)) {
            LOG.info(() -> "Plugin stopped: " + id);
            changed.fire(new PluginsChanged(id, false));
        }
    }

    private boolean unload(String id) {
        ActivePlugin plugin = active.remove(id);
        jars.remove(id);
        if (manager == null || manager.getPlugin(id) == null) {
            return plugin != null;
        }
        try {
            plugin.entityManagerFactory().ifPresent(EntityManagerFactory::close);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plugin " + id + ": entity manager factory did not close", e);
        }
        ClassLoader loader = manager.getPluginClassLoader(id);
        try {
            manager.unloadPlugin(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plugin " + id + " did not unload cleanly", e);
        }
        manager.factory().forget(loader);
        if (loader != null) {
            ResourceBundle.clearCache(loader);
        }
        return true;
    }

    /**
     * Stops a plugin whose extension threw, and records why; the platform goes on without it.
     */
    public void fail(String id, String extension, Throwable cause) {
        LOG.log(Level.SEVERE, "Plugin " + id + " failed in " + extension + "; it is stopped", cause);
        // Recorded first: a node following the records in between must not start it again.
        try {
            registry.change(
                    id, PluginState.FAILED, "plugin.failed.extension: " + extension + ": " + describe(cause), "system");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Plugin " + id + ": failure not recorded", e);
        }
        deactivate(id);
    }

    /** The directory jars are kept in. */
    public Optional<Path> directory() {
        requireStarted();
        return Optional.ofNullable(directory);
    }

    /** The running plugins, by id. */
    public List<ActivePlugin> running() {
        requireStarted();
        return active.values().stream()
                .sorted(Comparator.comparing(ActivePlugin::id))
                .toList();
    }

    /** The jar file each running plugin was loaded from, by plugin id. */
    public Map<String, String> runningJars() {
        return Map.copyOf(jars);
    }

    /** The extensions of one type of a running plugin; none when it does not run. */
    public <T> List<T> extensions(Class<T> type, String id) {
        HostPluginManager m = manager;
        if (m == null || !active.containsKey(id)) {
            return List.of();
        }
        return m.getExtensions(type, id);
    }

    private Optional<PluginContext> contextOf(ClassLoader loader) {
        return active.values().stream()
                .filter(p -> p.loader() == loader)
                .<PluginContext>map(ActivePlugin::context)
                .findFirst();
    }

    /** Starts the plugins unless that is done; cheap once it is. */
    public void requireStarted() {
        if (!started) {
            start();
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        Set<Throwable> seen = new HashSet<>();
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    @PreDestroy
    synchronized void stop() {
        for (String id : List.copyOf(active.keySet())) {
            unload(id);
        }
        manager = null;
        started = false;
    }
}
