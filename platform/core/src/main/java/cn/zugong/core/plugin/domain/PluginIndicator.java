package cn.zugong.core.plugin.domain;

import cn.zugong.api.indicator.DashboardIndicator;

/** A dashboard indicator and the plugin that contributes it. */
public record PluginIndicator(String pluginId, DashboardIndicator indicator) {}
