/** The reserve rules in force for a county, parsed from the rule pack {@code reserve}. */
package cn.zugong.plugin.reserve.rules;
