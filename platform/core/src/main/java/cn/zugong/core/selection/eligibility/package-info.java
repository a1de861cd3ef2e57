/**
 * Eligibility for promotion (V-S5, DOMAIN.md 5.1): the basic qualifications of the selection
 * regulation checked against the registry's data at a reference date.
 *
 * <p>Thresholds live in versioned rule packs per province ({@link
 * cn.zugong.core.selection.eligibility.EligibilityRulePack}, table {@code eligibility_rule_pack},
 * province {@code 00} the national one; {@link cn.zugong.core.selection.eligibility.RulePack}
 * resolves what is in force, {@link cn.zugong.core.selection.eligibility.EligibilityParameters}
 * names the keys). {@link cn.zugong.core.selection.eligibility.EligibilityCheck} is pure and gives
 * one {@link cn.zugong.core.selection.eligibility.EligibilityFinding} per applicable rule; {@link
 * cn.zugong.core.selection.eligibility.EligibilityService} loads the cadre, holdings, unit types
 * and pack for the current tenant.
 */
package cn.zugong.core.selection.eligibility;
