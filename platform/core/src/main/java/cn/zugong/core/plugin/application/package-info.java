/**
 * The plugin use cases: the registry of installed plugins, what each county enables and grants, and
 * {@link PluginHost}, through which other features ask what the running plugins contribute.
 */
package cn.zugong.core.plugin.application;
