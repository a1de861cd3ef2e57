package cn.zugong.core.team;

/**
 * A team against one target: what it has and what the target asks (counts, or percentages for
 * the shares), and whether it meets it.
 */
public record TeamFinding(TeamTarget target, boolean met, long actual, long required) {}
