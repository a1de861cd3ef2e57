package cn.zugong.core.plugin.dashboard;

import cn.zugong.api.indicator.Measure;
import cn.zugong.api.tenant.TenantId;
import java.util.Map;

/**
 * One indicator as the current user sees it: each readable county's measure and their aggregate
 * (for a county user, its own measure twice).
 */
public record IndicatorReading(
        String pluginId, String indicatorId, String nameKey, Map<TenantId, Measure> perTenant, Measure aggregate) {

    public IndicatorReading {
        perTenant = Map.copyOf(perTenant);
    }
}
