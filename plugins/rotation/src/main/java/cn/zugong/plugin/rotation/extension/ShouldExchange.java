package cn.zugong.plugin.rotation.extension;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.plugin.rotation.service.DueService;
import org.pf4j.Extension;

/** {@code rotation.due.should}: cadres who should be exchanged (V-E3 same level) of the cadres in office. */
@Extension
public class ShouldExchange extends DueIndicator {

    public static final String ID = "rotation.due.should";

    public ShouldExchange(PluginContext context) {
        super(context, DueService.DueLists::should);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "rotation.indicator.should";
    }
}
