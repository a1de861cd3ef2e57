package cn.zugong.plugin.training.extension;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.plugin.training.requirement.TenantStandings;
import org.pf4j.Extension;

/**
 * {@code training.completion}: cadres who met this calendar year's requirement (DOMAIN T3 for
 * xiangke level, T5 online study for everyone) of those who have one.
 */
@Extension
public class YearCompletion extends CompletionIndicator {

    public static final String ID = "training.completion";

    public YearCompletion(PluginContext context) {
        super(context, TenantStandings::yearCompletion);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "training.indicator.completion";
    }
}
