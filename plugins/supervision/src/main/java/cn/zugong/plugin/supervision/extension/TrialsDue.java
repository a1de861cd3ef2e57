package cn.zugong.plugin.supervision.extension;

import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.indicator.Measure;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.service.Figures;
import cn.zugong.plugin.supervision.ui.SupervisionViews;
import java.util.Optional;
import org.pf4j.Extension;

/** {@code supervision.trials.due}: running trials whose end assessment is due, of the running trials (DOMAIN §4.2). */
@Extension
public class TrialsDue implements DashboardIndicator {

    public static final String ID = "supervision.trials.due";

    private final Figures figures;

    public TrialsDue(PluginContext context) {
        this.figures = new Figures(context);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "supervision.indicator.trials.due";
    }

    @Override
    public Measure measure(TenantId tenant) {
        return figures.trialsDue(tenant);
    }

    /** The trials page: the county's trial periods and their end assessments. */
    @Override
    public Optional<String> listRoute() {
        return Optional.of(SupervisionViews.TRIALS);
    }
}
