/**
 * The PF4J glue: {@link PluginLifecycle} loads, starts and stops plugin jars with one PF4J manager,
 * gives each plugin its context and its tables; the jars and their hashes are in {@link PluginJars}.
 */
package cn.zugong.core.plugin.infrastructure;
