package cn.zugong.plugin.training.extension;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.plugin.training.requirement.TenantStandings;
import org.pf4j.Extension;

/**
 * {@code training.completion.window}: cadres of xianchu level and above who met the five-year
 * window's requirement (DOMAIN T1, V-T1) of those who have one.
 */
@Extension
public class WindowCompletion extends CompletionIndicator {

    public static final String ID = "training.completion.window";

    public WindowCompletion(PluginContext context) {
        super(context, TenantStandings::windowCompletion);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "training.indicator.completionWindow";
    }
}
