package cn.zugong.plugin.example;

import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.indicator.Measure;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import java.util.Optional;
import org.pf4j.Extension;

/** Dashboard figure: cadres on the county's hold list out of its cadres in office. */
@Extension
public class HeldShare implements DashboardIndicator {

    private final PluginContext context;

    public HeldShare(PluginContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "example.held";
    }

    @Override
    public String nameKey() {
        return "example.indicator.held";
    }

    @Override
    public Measure measure(TenantId county) {
        long active = context.cadres().active().size();
        long held = new HoldList(context).count();
        return new Measure(held, Math.max(active, held));
    }

    /** The example page: the county's holds. */
    @Override
    public Optional<String> listRoute() {
        return Optional.of(ExampleViews.ROUTE);
    }
}
