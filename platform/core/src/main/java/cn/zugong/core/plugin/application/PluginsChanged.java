package cn.zugong.core.plugin.application;

/** Fired (CDI) after a plugin was started or stopped, so that routes and menus follow. */
public record PluginsChanged(String pluginId, boolean active) {}
