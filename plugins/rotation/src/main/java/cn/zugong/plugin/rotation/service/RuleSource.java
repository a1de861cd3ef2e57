package cn.zugong.plugin.rotation.service;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.Problem;
import cn.zugong.plugin.rotation.RotationRules;
import cn.zugong.plugin.rotation.rules.RuleValues;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rotation rules in force for a county on a date: the platform's effective values of the pack
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
        Map<String, String> values = new HashMap<>(RotationRules.defaults());
        values.putAll(context.rulePacks().effective(RotationRules.PACK_ID, county, on));
        List<Problem> problems = RuleValues.problems(values);
        if (!problems.isEmpty()) {
            throw new UnreadableRulesException(county, problems);
        }
        return RuleValues.parse(values);
    }

    /** Today, by the platform's clock. */
    public LocalDate today() {
        return LocalDate.now(context.clock());
    }
}
