/**
 * What a plugin sees of the platform through its {@link cn.zugong.api.plugin.PluginContext}: the
 * cadre registry, audit, notices, persistence, transactions, spreadsheets and the county rule packs.
 */
package cn.zugong.core.plugin.context;
