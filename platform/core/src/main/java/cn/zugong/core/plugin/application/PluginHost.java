package cn.zugong.core.plugin.application;

import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.event.CadreEventListener;
import cn.zugong.api.fact.CadreFactSource;
import cn.zugong.api.i18n.MessageBundleContribution;
import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.intake.PublicIntake;
import cn.zugong.api.io.CadreListFormat;
import cn.zugong.api.job.ScheduledJob;
import cn.zugong.api.rules.RulePack;
import cn.zugong.api.rules.RulePackContribution;
import cn.zugong.api.security.PluginPermission;
import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.tenant.TenantDataExport;
import cn.zugong.api.transfer.CadreTransferListener;
import cn.zugong.api.view.ViewContribution;
import cn.zugong.core.plugin.domain.InstalledPlugin;
import cn.zugong.core.plugin.domain.InstalledView;
import cn.zugong.core.plugin.domain.PluginDataExport;
import cn.zugong.core.plugin.domain.PluginFactSource;
import cn.zugong.core.plugin.domain.PluginGate;
import cn.zugong.core.plugin.domain.PluginIndicator;
import cn.zugong.core.plugin.domain.PluginIntake;
import cn.zugong.core.plugin.domain.PluginJob;
import cn.zugong.core.plugin.domain.PluginRules;
import cn.zugong.core.plugin.domain.PluginTransferListener;
import cn.zugong.core.plugin.formats.PluginFormat;
import cn.zugong.core.plugin.infrastructure.ActivePlugin;
import cn.zugong.core.plugin.infrastructure.PluginLifecycle;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The running plugins and what they contribute: their pages, permissions, gates, indicators,
 * formats, rule packs, jobs, event listeners and message bundles, each asked of the plugins a
 * county enabled where that matters. A plugin whose extension throws is stopped (by {@link
 * PluginLifecycle}, which starts and stops them) and the others go on.
 */
@ApplicationScoped
public class PluginHost {

    @Inject
    PluginLifecycle lifecycle;

    public List<InstalledPlugin> plugins() {
        return running().stream()
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
        for (ActivePlugin plugin : running()) {
            String id = plugin.id();
            List<PluginPermission> permissions = new ArrayList<>();
            for (ViewContribution contribution : extensions(ViewContribution.class, id)) {
                guard(id, contribution, () -> contribution.permissions()).ifPresent(permissions::addAll);
            }
            plugin.declaredPermissions().stream()
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

    /** The sources of facts about cadres of the plugins among {@code enabled}. */
    public List<PluginFactSource> factSources(Set<String> enabled) {
        return ofEnabled(enabled, CadreFactSource.class, PluginFactSource::new);
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

    /** The county-export hooks of the plugins among {@code enabled}. */
    public List<PluginDataExport> dataExports(Set<String> enabled) {
        return ofEnabled(enabled, TenantDataExport.class, PluginDataExport::new);
    }

    /** The public forms of the plugins among {@code enabled} (a county's enabled plugins). */
    public List<PluginIntake> intakes(Set<String> enabled) {
        return ofEnabled(enabled, PublicIntake.class, PluginIntake::new);
    }

    /**
     * The cross-county transfer hooks of every running plugin: a plugin a county disabled still
     * keeps its data there, and that data follows the cadre too.
     */
    public List<PluginTransferListener> transferListeners() {
        return ofEnabled(Set.copyOf(activeIds()), CadreTransferListener.class, PluginTransferListener::new);
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
        for (ActivePlugin plugin : running()) {
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
     * Stops a plugin whose extension threw, and records why; the platform goes on without it.
     */
    public void fail(String id, String extension, Throwable cause) {
        if (lifecycle != null) {
            lifecycle.fail(id, extension, cause);
        }
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
        if (lifecycle == null) {
            return List.of();
        }
        try {
            return lifecycle.extensions(type, id);
        } catch (RuntimeException e) {
            fail(id, type.getSimpleName(), e);
            return List.of();
        }
    }

    private List<String> activeIds() {
        return running().stream().map(ActivePlugin::id).toList();
    }

    /** The running plugins; none for an unwired host (a test's, with no plugins). */
    private List<ActivePlugin> running() {
        return lifecycle == null ? List.of() : lifecycle.running();
    }
}
