/**
 * Plugins as the platform records them: installations ({@link PluginRecord}), county offers,
 * enablements and permission grants, the manifest a jar declares, and the small values naming what a
 * running plugin contributes (its gates, indicators, jobs, views, rule packs).
 */
package cn.zugong.core.plugin.domain;
