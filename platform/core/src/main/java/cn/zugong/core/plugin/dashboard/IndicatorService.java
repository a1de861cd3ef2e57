package cn.zugong.core.plugin.dashboard;

import cn.zugong.api.indicator.Measure;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.PluginIndicator;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * The plugins' dashboard indicators for the current user: each county in the request's tenancy
 * that has the plugin enabled is measured on its own (with that county as the only readable
 * tenant), then aggregated as the indicator says. Each reading carries the indicator's list route
 * when it is a {@linkplain ListRoute valid} one; an invalid one is logged and left out, so the
 * figure links nowhere.
 */
@ApplicationScoped
public class IndicatorService {

    private static final Logger LOG = Logger.getLogger(IndicatorService.class.getName());

    @Inject
    PluginHost host;

    @Inject
    PluginEnablementService enablement;

    public List<IndicatorReading> readings() {
        Tenancy tenancy = TenancyHolder.current();
        Map<String, Set<String>> enabledBy = enablement.enabledBy(tenancy.readableCodes());
        Set<String> plugins = new HashSet<>();
        enabledBy.values().forEach(plugins::addAll);
        List<IndicatorReading> readings = new ArrayList<>();
        for (PluginIndicator indicator : host.indicators(plugins)) {
            Map<TenantId, Measure> perTenant = new TreeMap<>();
            for (TenantId county : tenancy.readable()) {
                if (enabledBy.getOrDefault(county.code(), Set.of()).contains(indicator.pluginId())) {
                    measure(indicator, county).ifPresent(m -> perTenant.put(county, m));
                }
            }
            if (perTenant.isEmpty()) {
                continue;
            }
            Optional<Measure> aggregate = host.guard(indicator.pluginId(), indicator.indicator(), () -> indicator
                    .indicator()
                    .aggregate(List.copyOf(perTenant.values())));
            if (aggregate.isEmpty()) {
                continue;
            }
            Optional<String> route = listRoute(indicator);
            readings.add(new IndicatorReading(
                    indicator.pluginId(),
                    indicator.indicator().id(),
                    indicator.indicator().nameKey(),
                    perTenant,
                    aggregate.get(),
                    route));
        }
        return readings;
    }

    /** The indicator's list route if the plugin gives a valid one; an invalid one is logged and dropped. */
    private Optional<String> listRoute(PluginIndicator indicator) {
        Optional<String> route = host.guard(indicator.pluginId(), indicator.indicator(), () -> indicator
                        .indicator()
                        .listRoute())
                .flatMap(r -> r);
        if (route.isPresent() && !ListRoute.valid(route.get())) {
            LOG.warning(() -> "Indicator " + indicator.indicator().id() + " of plugin " + indicator.pluginId()
                    + " gives an invalid list route, not linked: " + route.get());
            return Optional.empty();
        }
        return route;
    }

    private Optional<Measure> measure(PluginIndicator indicator, TenantId county) {
        return host.guard(
                indicator.pluginId(),
                indicator.indicator(),
                () -> TenancyHolder.callAs(
                        Tenancy.reading(Set.of(county)),
                        () -> indicator.indicator().measure(county)));
    }
}
