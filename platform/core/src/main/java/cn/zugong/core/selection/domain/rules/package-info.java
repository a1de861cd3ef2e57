/**
 * The counting rules of the selection procedure (DOMAIN.md 5.5 and 5.9): pure functions of the
 * numbers a meeting record holds, no persistence. {@link cn.zugong.core.selection.domain.rules.VoteRules}
 * decides quorum (V-S1), adoption (V-S2) and reconsideration (V-S9).
 */
package cn.zugong.core.selection.domain.rules;
