package cn.zugong.api.snippets;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.rules.RulePack;
import cn.zugong.api.rules.RulePackContribution;
import cn.zugong.api.tenant.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

// spotless:off
class RulesSnippets {
    @Extension // @start region=contribution
    public static class TrainingRules implements RulePackContribution { // @replace substring="static " replacement=""
        public List<RulePack> rulePacks() {
            return List.of(new RulePack("training.hours", RulePack.NATIONAL, LocalDate.of(2023, 10, 1),
                    Map.of("county.hours.5y", "550", "township.hours.year", "90", "online.hours.year", "50")));
        }
    }
    // @end

    int effective(PluginContext context, TenantId county) {
        Map<String, String> rules = context.rulePacks().effective("training.hours", county, LocalDate.now(context.clock())); // @start region=effective
        int yearly = Integer.parseInt(rules.get("township.hours.year"));
        // @end
        return yearly;
    }
}
// spotless:on
