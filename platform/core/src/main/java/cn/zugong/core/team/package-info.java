/**
 * Leadership-team structure (banzi jiegou, DOMAIN.md 9.B): each unit's team at a reference date
 * (the holders of its leadership main posts, as the post quota counts them) measured against the
 * targets of the structure rule packs: age mix, a younger member, women, education, expertise,
 * vacancies, and how long the team has been together.
 *
 * <p>Targets live in versioned national and provincial packs ({@link
 * cn.zugong.core.team.StructureRulePack}, table {@code structure_rule_pack}); {@link
 * cn.zugong.core.team.StructureRules} resolves and parses what is in force; {@link
 * cn.zugong.core.team.Team} is pure and gives one {@link cn.zugong.core.team.TeamFinding} per
 * target; {@link cn.zugong.core.team.TeamStructureService} loads the teams of the counties the
 * caller reads with two aggregate-friendly statements.
 */
package cn.zugong.core.team;
