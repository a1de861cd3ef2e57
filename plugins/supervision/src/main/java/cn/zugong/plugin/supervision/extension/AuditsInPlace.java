package cn.zugong.plugin.supervision.extension;

import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.indicator.Measure;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.service.Figures;
import cn.zugong.plugin.supervision.ui.SupervisionViews;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * {@code supervision.econAudits}: economic responsibility audits in place, of those the open
 * selection cases need (DOMAIN §4.6); the rest are the audits missing. Counts only; a supervisor's
 * figure is the sum of the counties'.
 */
@Extension
public class AuditsInPlace implements DashboardIndicator {

    public static final String ID = "supervision.econAudits";

    private final Figures figures;

    public AuditsInPlace(PluginContext context) {
        this.figures = new Figures(context);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "supervision.indicator.econAudits";
    }

    @Override
    public Measure measure(TenantId tenant) {
        return figures.auditsInPlace(tenant);
    }

    /** The audits page: the economic responsibility audits the open cases need. */
    @Override
    public Optional<String> listRoute() {
        return Optional.of(SupervisionViews.AUDITS);
    }
}
