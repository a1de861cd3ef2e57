package cn.zugong.core.plugin.rules;

import cn.zugong.api.rules.RulePack;
import cn.zugong.api.rules.RulePackContribution;
import java.util.List;

/** The versions of one pack a plugin ships, and the contributions that ship them (they check it). */
record PackSource(String pluginId, String packId, List<RulePack> versions, List<RulePackContribution> checkers) {}
