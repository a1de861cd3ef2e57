package cn.zugong.core.plugin.rules;

import java.util.Optional;

/**
 * One key of a pack as a county has it on a day: the national version's value, the province
 * version's value when that version states the key, the county's own override, and the value in
 * force (the last of them present).
 */
public record RuleRow(
        String key,
        Optional<RuleVersion> national,
        Optional<RuleVersion> province,
        Optional<String> override,
        Optional<String> effective) {}
