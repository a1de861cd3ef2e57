package cn.zugong.plugin.reserve.extension;

import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.indicator.Measure;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.service.PoolIndicators;
import cn.zugong.plugin.reserve.ui.ReserveViews;
import java.util.Optional;
import org.pf4j.Extension;

/** {@code reserve.share.nonParty}: non-party members among the approved members (item 6), over the county's whole pool; supervisors see the sums. */
@Extension
public class NonPartyShare implements DashboardIndicator {

    public static final String ID = "reserve.share.nonParty";

    private final PoolIndicators indicators;

    public NonPartyShare(PluginContext context) {
        this.indicators = new PoolIndicators(context);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "reserve.indicator.nonParty";
    }

    @Override
    public Measure measure(TenantId county) {
        return indicators.nonParty(county);
    }

    /** The batches page: the county's reserve batches and their approved members. */
    @Override
    public Optional<String> listRoute() {
        return Optional.of(ReserveViews.BATCHES);
    }
}
