package cn.zugong.core.plugin.domain;

import cn.zugong.api.view.PluginView;

/** A view contributed by a started plugin. */
public record InstalledView(String pluginId, PluginView view) {}
