package cn.zugong.core.plugin;

import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.event.CadreEventListener;
import cn.zugong.api.i18n.MessageBundleContribution;
import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.view.ViewContribution;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Loads the plugin jars found in {@code ZUGONG_PLUGINS_DIR} (or the system property
 * {@code zugong.plugins.dir}) at start-up and collects what they contribute. A plugin that fails
 * to start is left stopped and logged; the platform keeps serving.
 */
@ApplicationScoped
public class PluginHost {

    private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

    private volatile PluginManager manager;
    private volatile boolean started;

    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        Optional<Path> dir = pluginsDirectory();
        if (dir.isEmpty()) {
            LOG.info("No plugins directory configured (ZUGONG_PLUGINS_DIR)");
            return;
        }
        PluginManager pluginManager = new DefaultPluginManager(dir.get());
        pluginManager.loadPlugins();
        pluginManager.startPlugins();
        for (PluginWrapper plugin : pluginManager.getPlugins()) {
            if (plugin.getPluginState() != PluginState.STARTED) {
                LOG.log(Level.SEVERE, "Plugin {0} not started: {1}", new Object[] {
                    plugin.getPluginId(), plugin.getFailedException()
                });
            } else {
                LOG.info(() -> "Plugin started: " + plugin.getPluginId() + " "
                        + plugin.getDescriptor().getVersion());
            }
        }
        manager = pluginManager;
    }

    static Optional<Path> pluginsDirectory() {
        String configured = System.getProperty("zugong.plugins.dir", System.getenv("ZUGONG_PLUGINS_DIR"));
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        Path dir = Path.of(configured);
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    public List<InstalledPlugin> plugins() {
        if (!started) {
            start();
        }
        if (manager == null) {
            return List.of();
        }
        return manager.getStartedPlugins().stream()
                .map(p -> new InstalledPlugin(p.getPluginId(), p.getDescriptor().getVersion()))
                .toList();
    }

    public List<InstalledView> views() {
        List<InstalledView> views = new ArrayList<>();
        for (InstalledPlugin plugin : plugins()) {
            for (ViewContribution contribution : manager.getExtensions(ViewContribution.class, plugin.id())) {
                contribution.views().forEach(v -> views.add(new InstalledView(plugin.id(), v)));
            }
        }
        return views;
    }

    /** The appointment gates of the plugins among {@code enabled} (a county's enabled plugins). */
    public List<PluginGate> gates(Set<String> enabled) {
        List<PluginGate> gates = new ArrayList<>();
        for (InstalledPlugin plugin : plugins()) {
            if (enabled.contains(plugin.id())) {
                manager.getExtensions(AppointmentGate.class, plugin.id())
                        .forEach(g -> gates.add(new PluginGate(plugin.id(), g)));
            }
        }
        return gates;
    }

    /**
     * Gives an event to the listeners of the plugins among {@code enabled}. A listener that throws
     * is logged with its plugin's id; the others still get the event.
     */
    public void publish(CadreEvent event, Set<String> enabled) {
        for (InstalledPlugin plugin : plugins()) {
            if (!enabled.contains(plugin.id())) {
                continue;
            }
            for (CadreEventListener listener : manager.getExtensions(CadreEventListener.class, plugin.id())) {
                try {
                    listener.on(event);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Plugin " + plugin.id() + " failed on " + event, e);
                }
            }
        }
    }

    /** The plugins' message bundles for a locale. */
    public List<ResourceBundle> bundles(Locale locale) {
        List<ResourceBundle> bundles = new ArrayList<>();
        for (InstalledPlugin plugin : plugins()) {
            ClassLoader loader = manager.getPluginClassLoader(plugin.id());
            for (MessageBundleContribution contribution :
                    manager.getExtensions(MessageBundleContribution.class, plugin.id())) {
                bundles.add(ResourceBundle.getBundle(contribution.baseName(), locale, loader));
            }
        }
        return bundles;
    }

    @PreDestroy
    synchronized void stop() {
        if (manager != null) {
            try {
                manager.stopPlugins();
                manager.unloadPlugins();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Plugins did not stop cleanly", e);
            }
            manager = null;
        }
    }
}
