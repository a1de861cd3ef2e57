package cn.zugong.plugin.supervision.extension;

import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.indicator.Measure;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.service.Figures;
import cn.zugong.plugin.supervision.ui.SupervisionViews;
import java.util.Optional;
import org.pf4j.Extension;

/** {@code supervision.checks}: personal-matters checks done, of the reports drawn or focused (DOMAIN §4.4). */
@Extension
public class ChecksDone implements DashboardIndicator {

    public static final String ID = "supervision.checks";

    private final Figures figures;

    public ChecksDone(PluginContext context) {
        this.figures = new Figures(context);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "supervision.indicator.checks";
    }

    @Override
    public Measure measure(TenantId tenant) {
        return figures.checksDone(tenant);
    }

    /** The personal matters page: the reports drawn or focused and their checks. */
    @Override
    public Optional<String> listRoute() {
        return Optional.of(SupervisionViews.MATTERS);
    }
}
