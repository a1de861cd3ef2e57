package cn.zugong.plugin.training.extension;

import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.indicator.Measure;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.requirement.Completion;
import cn.zugong.plugin.training.requirement.TenantStandings;
import cn.zugong.plugin.training.service.StandingService;
import cn.zugong.plugin.training.service.UnreadableRulesException;
import cn.zugong.plugin.training.ui.TrainingViews;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A completion figure of a county: of the cadres in office to whom a requirement applies, those who
 * met it by today. The supervisor's figure is the platform's default, the sum over counties. A
 * county whose rule overrides cannot be read measures nothing (0 of 0) and is logged, rather than
 * failing: the platform stops a plugin whose indicator throws.
 */
abstract class CompletionIndicator implements DashboardIndicator {

    private static final Logger LOG = Logger.getLogger(CompletionIndicator.class.getName());

    private final StandingService standings;
    private final Function<TenantStandings, Completion> completion;

    CompletionIndicator(PluginContext context, Function<TenantStandings, Completion> completion) {
        this.standings = new StandingService(context);
        this.completion = completion;
    }

    @Override
    public Measure measure(TenantId county) {
        try {
            Completion reading = completion.apply(standings.standings(county, standings.today()));
            return new Measure(reading.met(), reading.applicable());
        } catch (UnreadableRulesException e) {
            LOG.log(Level.WARNING, e.getMessage());
            return new Measure(0, 0);
        }
    }

    /** The shortfall page: the county's cadres short of the requirement, the rest of this figure. */
    @Override
    public Optional<String> listRoute() {
        return Optional.of(TrainingViews.SHORTFALL);
    }
}
