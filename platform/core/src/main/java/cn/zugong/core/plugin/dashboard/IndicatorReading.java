package cn.zugong.core.plugin.dashboard;

import cn.zugong.api.indicator.Measure;
import cn.zugong.api.tenant.TenantId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator as the current user sees it: each readable county's measure and their aggregate
 * (for a county user, its own measure twice), and the route of the plugin's page listing what one
 * county's figure counts, when the plugin gives a {@linkplain ListRoute valid} one.
 */
public record IndicatorReading(
        String pluginId,
        String indicatorId,
        String nameKey,
        Map<TenantId, Measure> perTenant,
        Measure aggregate,
        Optional<String> listRoute) {

    public IndicatorReading {
        perTenant = Map.copyOf(perTenant);
        listRoute = Objects.requireNonNull(listRoute, "listRoute").filter(ListRoute::valid);
    }

    /** A reading whose figures link nowhere. */
    public IndicatorReading(
            String pluginId, String indicatorId, String nameKey, Map<TenantId, Measure> perTenant, Measure aggregate) {
        this(pluginId, indicatorId, nameKey, perTenant, aggregate, Optional.empty());
    }
}
