package cn.zugong.plugin.reserve.extension;

import cn.zugong.api.plugin.PluginContext;
import org.pf4j.Extension;

/** {@code reserve.ratio.deputy}: 副职后备 members of the latest batch vs. its 职数. */
@Extension
public class DeputyRatio extends TierRatio {

    public static final String ID = "reserve.ratio.deputy";

    public DeputyRatio(PluginContext context) {
        super(context, "DEPUTY");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "reserve.indicator.deputy";
    }
}
