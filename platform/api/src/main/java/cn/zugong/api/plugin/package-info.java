/**
 * What a plugin gets from the platform: its {@link cn.zugong.api.plugin.PluginContext}, its own
 * tables ({@link cn.zugong.api.plugin.PluginEntities}, {@link
 * cn.zugong.api.plugin.PluginPersistence}) and the audit trail.
 */
package cn.zugong.api.plugin;
