package cn.zugong.plugin.reserve.extension;

import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.indicator.Measure;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.service.ReserveRatio;
import cn.zugong.plugin.reserve.ui.ReserveViews;
import java.util.Optional;

/**
 * What the ratio indicators share (item 6): a tier's approved reserve members of its latest batch
 * against the 职数 it backs; supervisors see the sums over their counties.
 */
abstract class TierRatio implements DashboardIndicator {

    private final ReserveRatio ratio;
    private final String tier;

    TierRatio(PluginContext context, String tier) {
        this.ratio = new ReserveRatio(context);
        this.tier = tier;
    }

    @Override
    public Measure measure(TenantId county) {
        return ratio.of(county, tier);
    }

    /** The batches page: the county's reserve batches, each tier's latest among them. */
    @Override
    public Optional<String> listRoute() {
        return Optional.of(ReserveViews.BATCHES);
    }
}
