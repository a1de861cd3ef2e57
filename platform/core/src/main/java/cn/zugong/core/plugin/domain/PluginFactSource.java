package cn.zugong.core.plugin.domain;

import cn.zugong.api.fact.CadreFactSource;

/** A source of facts about cadres and the plugin that contributes it. */
public record PluginFactSource(String pluginId, CadreFactSource source) {}
