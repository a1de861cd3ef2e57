package cn.zugong.plugin.reserve.extension;

import cn.zugong.api.plugin.PluginContext;
import org.pf4j.Extension;

/** {@code reserve.ratio.principal}: 正职后备 members of the latest batch vs. its 职数. */
@Extension
public class PrincipalRatio extends TierRatio {

    public static final String ID = "reserve.ratio.principal";

    public PrincipalRatio(PluginContext context) {
        super(context, "PRINCIPAL");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "reserve.indicator.principal";
    }
}
