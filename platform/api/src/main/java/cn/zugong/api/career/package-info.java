/**
 * Careers in the cadre registry as plugins read them: the posts each cadre held, with dates, unit
 * and level; the family members on the file (sensitive, audited); the units of the county. What
 * exchange, avoidance and term rules are computed from.
 *
 * @since 1.3.0
 */
package cn.zugong.api.career;
