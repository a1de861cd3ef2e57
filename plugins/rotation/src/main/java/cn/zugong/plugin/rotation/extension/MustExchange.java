package cn.zugong.plugin.rotation.extension;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.plugin.rotation.service.DueService;
import org.pf4j.Extension;

/** {@code rotation.due.must}: cadres who must be exchanged (V-E3 same post, V-E7) of the cadres in office. */
@Extension
public class MustExchange extends DueIndicator {

    public static final String ID = "rotation.due.must";

    public MustExchange(PluginContext context) {
        super(context, DueService.DueLists::must);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "rotation.indicator.must";
    }
}
