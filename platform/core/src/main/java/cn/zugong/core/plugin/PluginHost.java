package cn.zugong.core.plugin;

import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.event.CadreEventListener;
import cn.zugong.api.i18n.MessageBundleContribution;
import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.io.CadreListFormat;
import cn.zugong.api.job.ScheduledJob;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.plugin.PluginEntities;
import cn.zugong.api.rules.RulePack;
import cn.zugong.api.rules.RulePackContribution;
import cn.zugong.api.security.PluginPermission;
import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.view.ViewContribution;
import cn.zugong.core.plugin.context.HostedContext;
import cn.zugong.core.plugin.context.PluginContextServices;
import cn.zugong.core.plugin.data.PluginDataException;
import cn.zugong.core.plugin.data.PluginDatabase;
import cn.zugong.core.plugin.formats.PluginFormat;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pf4j.PluginWrapper;

/**
 * Runs the plugins: at start-up those recorded as enabled (and any jar the operator put in the
 * plugins directory, {@code ZUGONG_PLUGINS_DIR} or {@code zugong.plugins.dir}), and at run time
 * whatever the installer activates or deactivates, without restarting the server. Activating a
 * plugin loads and starts it with PF4J, migrates its tables and maps its entities; any failure
 * leaves it stopped with the reason recorded, and the platform keeps serving. A plugin whose
 * extension throws is stopped the same way.
 */
@ApplicationScoped
public class PluginHost {

    private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

    @Inject
    PluginRegistry registry;

    @Inject
    PluginDatabase database;

    @Inject
    PluginContextServices services;

    @Inject
    Event<PluginsChanged> changed;

    private final Map<String, ActivePlugin> active = new ConcurrentHashMap<>();
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
        for (Path jar : PluginJars.in(directory)) {
            try {
                startRecorded(jar);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.SEVERE, "Plugin jar " + jar.getFileName() + " not started", e);
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
            if (known.state() != PluginState.ENABLED) {
                return;
            }
            if (!file.equals(known.jarFile())) {
                recordBundled(manifest.get(), jar);
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
        registry.save(
                manifest,
                file,
                PluginJars.sha256(jar),
                PluginRegistry.BUNDLED,
                PluginState.ENABLED,
                null,
                "system",
                true);
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
            HostedContext context = services.contextFor(id, Set.copyOf(manifest.dataAccess()), this::rulePacks);
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
        deactivate(id);
        try {
            registry.change(
                    id, PluginState.FAILED, "plugin.failed.extension: " + extension + ": " + describe(cause), "system");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Plugin " + id + ": failure not recorded", e);
        }
    }

    /** The directory jars are kept in. */
    public Optional<Path> directory() {
        requireStarted();
        return Optional.ofNullable(directory);
    }

    public List<InstalledPlugin> plugins() {
        requireStarted();
        return active.values().stream()
                .map(p -> new InstalledPlugin(p.id(), p.version()))
                .sorted(java.util.Comparator.comparing(InstalledPlugin::id))
                .toList();
    }

    public List<InstalledView> views() {
        List<InstalledView> views = new ArrayList<>();
        for (String id : activeIds()) {
            for (ViewContribution contribution : extensions(ViewContribution.class, id)) {
                guard(id, contribution, () -> contribution.views())
                        .ifPresent(list -> list.forEach(v -> views.add(new InstalledView(id, v))));
            }
        }
        return views;
    }

    /**
     * By started plugin, every permission it declares: those its pages' code checks (with their
     * default roles, from {@link ViewContribution#permissions()}), then the other ids of its
     * {@code Plugin-Permissions} (held by no role until a county grants them). Pages' own
     * permissions come from {@link #views()}.
     */
    public Map<String, List<PluginPermission>> declaredPermissions() {
        Map<String, List<PluginPermission>> declared = new LinkedHashMap<>();
        for (String id : activeIds()) {
            List<PluginPermission> permissions = new ArrayList<>();
            for (ViewContribution contribution : extensions(ViewContribution.class, id)) {
                guard(id, contribution, () -> contribution.permissions()).ifPresent(permissions::addAll);
            }
            Optional.ofNullable(active.get(id)).map(ActivePlugin::declaredPermissions).orElse(List.of()).stream()
                    .filter(p ->
                            permissions.stream().noneMatch(known -> known.id().equals(p)))
                    .forEach(p -> permissions.add(new PluginPermission(p, Set.of())));
            declared.put(id, List.copyOf(permissions));
        }
        return declared;
    }

    /** The appointment gates of the plugins among {@code enabled} (a county's enabled plugins). */
    public List<PluginGate> gates(Set<String> enabled) {
        return ofEnabled(enabled, AppointmentGate.class, PluginGate::new);
    }

    /** The dashboard indicators of the plugins among {@code enabled}. */
    public List<PluginIndicator> indicators(Set<String> enabled) {
        return ofEnabled(enabled, DashboardIndicator.class, PluginIndicator::new);
    }

    /** The cadre-list formats of the plugins among {@code enabled}. */
    public List<PluginFormat> cadreFormats(Set<String> enabled) {
        return ofEnabled(enabled, CadreListFormat.class, PluginFormat::new);
    }

    /** The rule pack contributions of the plugins among {@code enabled}. */
    public List<PluginRules> rules(Set<String> enabled) {
        return ofEnabled(enabled, RulePackContribution.class, PluginRules::new);
    }

    /** The extensions of one type of the running plugins among {@code enabled}, each with its plugin's id. */
    private <E, R> List<R> ofEnabled(Set<String> enabled, Class<E> type, BiFunction<String, E, R> withPlugin) {
        List<R> found = new ArrayList<>();
        for (String id : activeIds()) {
            if (enabled.contains(id)) {
                extensions(type, id).forEach(e -> found.add(withPlugin.apply(id, e)));
            }
        }
        return found;
    }

    /** The scheduled jobs of every running plugin. */
    public List<PluginJob> jobs() {
        List<PluginJob> jobs = new ArrayList<>();
        for (String id : activeIds()) {
            extensions(ScheduledJob.class, id).forEach(j -> jobs.add(new PluginJob(id, j)));
        }
        return jobs;
    }

    /** The rule packs of every running plugin. */
    public List<RulePack> rulePacks() {
        List<RulePack> packs = new ArrayList<>();
        for (String id : activeIds()) {
            for (RulePackContribution contribution : extensions(RulePackContribution.class, id)) {
                guard(id, contribution, contribution::rulePacks).ifPresent(packs::addAll);
            }
        }
        return packs;
    }

    /**
     * Gives an event to the listeners of the plugins among {@code enabled}, each with the event's
     * county as the writable tenant. A listener that throws stops its plugin; the others still get
     * the event.
     */
    public void publish(CadreEvent event, Set<String> enabled) {
        for (String id : activeIds()) {
            if (!enabled.contains(id)) {
                continue;
            }
            for (CadreEventListener listener : extensions(CadreEventListener.class, id)) {
                guard(
                        id,
                        listener,
                        () -> TenancyHolder.callAs(Tenancy.writing(event.tenant()), () -> {
                            listener.on(event);
                            return Boolean.TRUE;
                        }));
            }
        }
    }

    /** The plugins' message bundles for a locale. */
    public List<ResourceBundle> bundles(Locale locale) {
        List<ResourceBundle> bundles = new ArrayList<>();
        for (ActivePlugin plugin : List.copyOf(active.values())) {
            for (MessageBundleContribution contribution : extensions(MessageBundleContribution.class, plugin.id())) {
                guard(
                                plugin.id(),
                                contribution,
                                () -> ResourceBundle.getBundle(contribution.baseName(), locale, plugin.loader()))
                        .ifPresent(bundles::add);
            }
        }
        return bundles;
    }

    /**
     * Runs one call into a plugin's extension; when it throws, the plugin is stopped with the reason
     * recorded and the result is empty.
     */
    public <T> Optional<T> guard(String pluginId, Object extension, java.util.function.Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuntimeException | LinkageError e) {
            fail(pluginId, extension.getClass().getName(), e);
            return Optional.empty();
        }
    }

    private <T> List<T> extensions(Class<T> type, String id) {
        HostPluginManager m = manager;
        if (m == null || !active.containsKey(id)) {
            return List.of();
        }
        try {
            return m.getExtensions(type, id);
        } catch (RuntimeException e) {
            fail(id, type.getSimpleName(), e);
            return List.of();
        }
    }

    private List<String> activeIds() {
        requireStarted();
        return active.keySet().stream().sorted().toList();
    }

    private Optional<PluginContext> contextOf(ClassLoader loader) {
        return active.values().stream()
                .filter(p -> p.loader() == loader)
                .<PluginContext>map(ActivePlugin::context)
                .findFirst();
    }

    private void requireStarted() {
        if (!started) {
            start();
        }
    }

    static String describe(Throwable e) {
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
