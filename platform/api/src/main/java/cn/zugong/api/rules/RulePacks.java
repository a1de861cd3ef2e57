package cn.zugong.api.rules;

import cn.zugong.api.tenant.TenantId;
import java.time.LocalDate;
import java.util.Map;

/**
 * The rule values in force for a county on a date: the latest national version from that date,
 * overridden key by key by the latest version of the county's province, then by the county's own
 * overrides.
 *
 * {@snippet class=cn.zugong.api.snippets.RulesSnippets region=effective :
 * Map<String, String> rules = context.rulePacks().effective("training.hours", county, LocalDate.now(context.clock()));
 * int yearly = Integer.parseInt(rules.get("township.hours.year"));
 * }
 */
public interface RulePacks {

    Map<String, String> effective(String packId, TenantId county, LocalDate on);
}
