package cn.zugong.core.plugin.rules;

import java.time.LocalDate;

/** A rule's value in one version of a pack, and the day that version took effect. */
public record RuleVersion(String value, LocalDate effectiveFrom) {}
