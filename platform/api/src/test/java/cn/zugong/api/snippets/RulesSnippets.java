package cn.zugong.api.snippets;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.rules.RulePack;
import cn.zugong.api.rules.RulePackContribution;
import cn.zugong.api.rules.RuleProblem;
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

    static class TrainingValues {
        private static final Map<String, String> NATIONAL = RulePack.values(TrainingRules.class, "/training/rules-national.properties"); // @start region=values
        // @end
    }

    record CreditProblem(String field, String key, List<String> args) {}

    static class CreditRules {
        static List<CreditProblem> problems(Map<String, String> effective) {
            return List.of();
        }
    }

    List<RuleProblem> problems(Map<String, String> effective) {
        return CreditRules.problems(effective).stream() // @start region=problem
                .map(p -> RuleProblem.of(p.field(), p.key(), p.args()))
                .toList();
        // @end
    }

    int effective(PluginContext context, TenantId county) {
        Map<String, String> rules = context.rulePacks().effective("training.hours", county, LocalDate.now(context.clock())); // @start region=effective
        int yearly = Integer.parseInt(rules.get("township.hours.year"));
        // @end
        return yearly;
    }
}
// spotless:on
