package cn.zugong.core.plugin.rules;

import cn.zugong.api.tenant.TenantId;

/**
 * CDI event: a county's values of a rule pack changed (fired by {@link RuleChange}); what depends on
 * them, such as the plugins' scheduled jobs, catches up after the commit.
 */
public record RulesChanged(TenantId county, String packId) {}
