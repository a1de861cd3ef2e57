package cn.zugong.plugin.rotation.extension;

import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.indicator.Measure;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.service.ExchangeCases;
import cn.zugong.plugin.rotation.ui.RotationViews;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * {@code rotation.exchanges.done}: a county's exchange cases closed this year (the new post in the
 * registry, issue item 7), of its cases closed this year or still under way; the supervisor's figure
 * is the platform's default, the sum over the scope.
 */
@Extension
public class ExchangesDone implements DashboardIndicator {

    public static final String ID = "rotation.exchanges.done";

    private final ExchangeCases exchanges;

    public ExchangesDone(PluginContext context) {
        this.exchanges = new ExchangeCases(context);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "rotation.indicator.exchangesDone";
    }

    @Override
    public Measure measure(TenantId county) {
        return exchanges.doneThisYear(county);
    }

    /** The exchanges page: the county's exchange cases. */
    @Override
    public Optional<String> listRoute() {
        return Optional.of(RotationViews.EXCHANGES);
    }
}
