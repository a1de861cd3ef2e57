package cn.zugong.core.plugin.rules;

import java.util.List;

/** One rule pack of a plugin the county has enabled, key by key (keys in alphabetical order). */
public record CountyRulePack(String pluginId, String packId, List<RuleRow> rows) {}
