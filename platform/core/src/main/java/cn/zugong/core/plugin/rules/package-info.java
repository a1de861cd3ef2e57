/**
 * The rules page behind the county administrator's overrides of plugin rule packs: {@link
 * cn.zugong.core.plugin.rules.CountyRules} lays out each pack of the county's enabled plugins key by
 * key (national, province, county, in force), {@link cn.zugong.core.plugin.rules.RuleChange} lets the
 * plugin check a change before the override is saved.
 */
package cn.zugong.core.plugin.rules;
