package cn.zugong.plugin.rotation.extension;

import cn.zugong.api.cadre.CadreFilter;
import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.indicator.Measure;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.service.AvoidanceService;
import cn.zugong.plugin.rotation.ui.RotationViews;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * {@code rotation.findings.open}: a county's open avoidance findings (issue item 7), of the cadres
 * in office, as of the last scan (the daily job's or an officer's): reading the dashboard does not
 * read every family again.
 */
@Extension
public class OpenFindings implements DashboardIndicator {

    public static final String ID = "rotation.findings.open";

    private final PluginContext context;
    private final AvoidanceService avoidance;

    public OpenFindings(PluginContext context) {
        this.context = context;
        this.avoidance = new AvoidanceService(context);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "rotation.indicator.findings";
    }

    @Override
    public Measure measure(TenantId county) {
        return new Measure(avoidance.open(county).size(), context.cadres().count(CadreFilter.ACTIVE));
    }

    /** The findings page: the county's avoidance findings. */
    @Override
    public Optional<String> listRoute() {
        return Optional.of(RotationViews.FINDINGS);
    }
}
