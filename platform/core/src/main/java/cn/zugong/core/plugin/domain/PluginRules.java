package cn.zugong.core.plugin.domain;

import cn.zugong.api.rules.RulePackContribution;

/** A rule pack contribution and the plugin that contributes it. */
public record PluginRules(String pluginId, RulePackContribution contribution) {}
