package cn.zugong.plugin.rotation.extension;

import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.indicator.Measure;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.due.Due;
import cn.zugong.plugin.rotation.service.DueService;
import cn.zugong.plugin.rotation.service.UnreadableRulesException;
import cn.zugong.plugin.rotation.ui.RotationViews;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Cadres of a county due on one list, of its cadres in office (issue item 7); the supervisor's
 * figure is the platform's default, the sum. A county whose rule overrides cannot be read measures
 * nothing (0 of 0) and is logged: the platform stops a plugin whose indicator throws.
 */
abstract class DueIndicator implements DashboardIndicator {

    private static final Logger LOG = Logger.getLogger(DueIndicator.class.getName());

    private final DueService due;
    private final Function<DueService.DueLists, List<Due>> list;

    DueIndicator(PluginContext context, Function<DueService.DueLists, List<Due>> list) {
        this.due = new DueService(context);
        this.list = list;
    }

    @Override
    public Measure measure(TenantId county) {
        try {
            DueService.DueLists lists = due.lists(county, due.today());
            return new Measure(DueService.DueLists.cadres(list.apply(lists)), lists.inOffice());
        } catch (UnreadableRulesException e) {
            LOG.log(Level.WARNING, e.getMessage());
            return new Measure(0, 0);
        }
    }

    /** The due page: the county's cadres due for an exchange, this figure's list among others. */
    @Override
    public Optional<String> listRoute() {
        return Optional.of(RotationViews.DUE);
    }
}
