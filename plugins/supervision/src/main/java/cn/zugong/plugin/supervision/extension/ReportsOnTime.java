package cn.zugong.plugin.supervision.extension;

import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.indicator.Measure;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.service.Figures;
import cn.zugong.plugin.supervision.ui.SupervisionViews;
import java.util.Optional;
import org.pf4j.Extension;

/** {@code supervision.reports.onTime}: open reports within their limits (10 working days to propose the handling, 60 to close, DOMAIN §4.5 [I]), of the open reports. */
@Extension
public class ReportsOnTime implements DashboardIndicator {

    public static final String ID = "supervision.reports.onTime";

    private final Figures figures;

    public ReportsOnTime(PluginContext context) {
        this.figures = new Figures(context);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "supervision.indicator.reports.onTime";
    }

    @Override
    public Measure measure(TenantId tenant) {
        return figures.reportsOnTime(tenant);
    }

    /** The reports page: the county's open reports and their limits. */
    @Override
    public Optional<String> listRoute() {
        return Optional.of(SupervisionViews.REPORTS);
    }
}
