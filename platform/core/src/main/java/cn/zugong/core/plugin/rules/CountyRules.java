package cn.zugong.core.plugin.rules;

import cn.zugong.api.rules.RulePack;
import cn.zugong.api.rules.RulePackContribution;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.context.RuleOverrides;
import cn.zugong.core.plugin.domain.PluginRules;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule packs of the plugins the request's county has enabled, as the county has them today:
 * for its users (the writable tenant) and for a supervisor reading one county. Packs of plugins not
 * enabled for the county are not shown, though they run for others.
 */
@ApplicationScoped
public class CountyRules {

    @Inject
    PluginHost host;

    @Inject
    PluginEnablementService enablement;

    @Inject
    RuleOverrides overrides;

    Clock clock = Clock.systemDefaultZone();

    /** The county whose rules the request sees: its writable tenant, or the single county it reads. */
    public static Optional<TenantId> county() {
        return TenancyHolder.current().one();
    }

    /**
     * Whether the request may see the county's rules: its tenant-admin (who changes them), its
     * officers and supervisors (who read them, as they read the working-day calendar).
     */
    public static boolean mayRead() {
        return CurrentUserHolder.hasRole(CurrentUser.TENANT_ADMIN)
                || CurrentUserHolder.hasRole(CurrentUser.OFFICER)
                || CurrentUserHolder.hasRole(TenancyPolicy.SUPERVISOR);
    }

    /** Whether the request may change the county's overrides: the county's tenant-admin only. */
    public static boolean mayEdit() {
        return TenancyHolder.current().writable().isPresent() && CurrentUserHolder.hasRole(CurrentUser.TENANT_ADMIN);
    }

    /** Today's date on the platform's clock (the date the values in force are shown for). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Every pack of the county's enabled plugins, by plugin and pack id; empty without one county.
     *
     * @throws AccessDeniedException unless {@link #mayRead()}
     */
    public List<CountyRulePack> packs() {
        if (!mayRead()) {
            throw new AccessDeniedException("error.access.denied");
        }
        Optional<TenantId> county = county();
        if (county.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        return sources().stream()
                .map(source -> new CountyRulePack(
                        source.pluginId(),
                        source.packId(),
                        RuleRows.of(
                                source.versions(),
                                source.packId(),
                                county.get().code(),
                                today,
                                overrides.of(county.get(), source.packId()))))
                .toList();
    }

    /** The pack of that id among the county's enabled plugins. */
    Optional<PackSource> source(String packId) {
        return sources().stream().filter(s -> s.packId().equals(packId)).findFirst();
    }

    /** Each (plugin, pack id) with its versions, asked of the plugins through the host's guard. */
    private List<PackSource> sources() {
        Map<List<String>, List<RulePack>> versions = new LinkedHashMap<>();
        Map<List<String>, List<RulePackContribution>> checkers = new LinkedHashMap<>();
        for (PluginRules rules : host.rules(enablement.enabledForCurrentTenant())) {
            List<RulePack> packs = host.guard(rules.pluginId(), rules.contribution(), () -> rules.contribution()
                            .rulePacks())
                    .orElse(List.of());
            for (RulePack pack : packs) {
                List<String> id = List.of(rules.pluginId(), pack.packId());
                versions.computeIfAbsent(id, k -> new ArrayList<>()).add(pack);
                List<RulePackContribution> ofPack = checkers.computeIfAbsent(id, k -> new ArrayList<>());
                if (!ofPack.contains(rules.contribution())) {
                    ofPack.add(rules.contribution());
                }
            }
        }
        return versions.entrySet().stream()
                .map(e -> new PackSource(
                        e.getKey().get(0), e.getKey().get(1), List.copyOf(e.getValue()), checkers.get(e.getKey())))
                .sorted(Comparator.comparing(PackSource::pluginId).thenComparing(PackSource::packId))
                .toList();
    }
}
