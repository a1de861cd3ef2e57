package cn.zugong.plugin.reserve.service;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.Problem;
import cn.zugong.plugin.reserve.ReserveRules;
import cn.zugong.plugin.reserve.rules.RuleValues;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reserve rules in force for a county on a date: the platform's effective values of the pack
 * (national, the province's, the county's overrides), over the national values for keys a pack
 * does not give.
 */
public final class RuleSource {

    private final PluginContext context;

    public RuleSource(PluginContext context) {
        this.context = context;
    }

    /** @throws UnreadableRulesException when an override cannot be read */
    public RuleValues rules(TenantId county, LocalDate on) {
        Map<String, String> values = new HashMap<>(ReserveRules.defaults());
        values.putAll(context.rulePacks().effective(ReserveRules.PACK_ID, county, on));
        List<Problem> problems = RuleValues.problems(values);
        if (!problems.isEmpty()) {
            throw new UnreadableRulesException(county, problems);
        }
        return RuleValues.of(values);
    }

    /** Today, by the platform's clock. */
    public LocalDate today() {
        return LocalDate.now(context.clock());
    }
}
