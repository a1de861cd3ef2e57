package cn.zugong.core.plugin.context;

import cn.zugong.api.fact.CadreFact;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.PluginFactSource;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Collects what the plugins a county enabled establish about one of its cadres (SDK {@code
 * CadreFacts}). The tenant wall comes first: a county the request does not read is refused before
 * any plugin is asked, so no plugin's source ever runs for another county's cadre. A fact whose
 * source names another cadre or plugin is dropped: a reader must be able to trust both fields.
 */
@ApplicationScoped
public class HostedFacts {

    @Inject
    PluginHost host;

    @Inject
    PluginEnablementService enablement;

    public List<CadreFact> of(TenantId county, UUID cadreId) {
        if (!TenancyHolder.current().readable().contains(county)) {
            throw new SecurityException("Not a county of this request: " + county.code());
        }
        Set<String> enabled = enablement.enabledBy(Set.of(county.code())).getOrDefault(county.code(), Set.of());
        List<CadreFact> facts = new ArrayList<>();
        for (PluginFactSource source : host.factSources(enabled)) {
            host.guard(source.pluginId(), source.source(), () -> source.source().facts(county, cadreId))
                    .ifPresent(found -> found.stream()
                            .filter(f ->
                                    f.cadreId().equals(cadreId) && f.pluginId().equals(source.pluginId()))
                            .forEach(facts::add));
        }
        return List.copyOf(facts);
    }
}
