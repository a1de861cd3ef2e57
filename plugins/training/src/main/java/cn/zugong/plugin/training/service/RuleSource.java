package cn.zugong.plugin.training.service;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.Problem;
import cn.zugong.plugin.training.TrainingRules;
import cn.zugong.plugin.training.imports.ImportColumns;
import cn.zugong.plugin.training.rules.CreditRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The training rules in force for a county on a date: the platform's effective values of the pack
 * {@link TrainingRules#PACK_ID} (national, then the province's, then the county's overrides), read
 * by the domain's {@link CreditRules} and {@link ImportColumns}.
 */
public final class RuleSource {

    private final PluginContext context;

    public RuleSource(PluginContext context) {
        this.context = context;
    }

    /** @throws UnreadableRulesException when an override cannot be read */
    public CreditRules credit(TenantId county, LocalDate on) {
        Map<String, String> values = effective(county, on);
        List<Problem> problems = CreditRules.problems(values);
        if (!problems.isEmpty()) {
            throw new UnreadableRulesException(county, problems);
        }
        return CreditRules.parse(values);
    }

    /** @throws UnreadableRulesException when an override cannot be read */
    public ImportColumns columns(TenantId county, LocalDate on) {
        Map<String, String> values = effective(county, on);
        List<Problem> problems = new ArrayList<>(ImportColumns.problems(values));
        if (!problems.isEmpty()) {
            throw new UnreadableRulesException(county, problems);
        }
        return ImportColumns.parse(values);
    }

    /** Today, by the platform's clock. */
    public LocalDate today() {
        return LocalDate.now(context.clock());
    }

    private Map<String, String> effective(TenantId county, LocalDate on) {
        return context.rulePacks().effective(TrainingRules.PACK_ID, county, on);
    }
}
