/**
 * What the platform's versioned rule packs have in common: {@link
 * cn.zugong.core.rulepack.VersionedRulePack}, the stored fields of one version of a province's
 * (or the nation's) rule values, which the eligibility thresholds ({@code selection.eligibility})
 * and the team-structure targets ({@code team}) extend with a table each. Depends on no other
 * package of the core.
 */
package cn.zugong.core.rulepack;
