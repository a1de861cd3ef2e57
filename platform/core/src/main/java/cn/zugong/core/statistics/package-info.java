/**
 * The annual cadre statistics (ganbu tongji nianbao, DOMAIN.md 9.A): per county, the cadres in
 * post at the year's reference date counted by post level against gender, ethnicity, party,
 * education and age band ({@link cn.zugong.core.statistics.StatColumn}), and the changes of the
 * year ({@link cn.zugong.core.statistics.StatChange}), computed from the registry's history (post
 * holdings and status changes with their dates) by grouped SQL ({@link
 * cn.zugong.core.statistics.StatisticsQueries}).
 *
 * <p>A county submits its year: the figures are frozen in {@code statistics_submission} as the
 * canonical text whose SHA-256 the audit chain records ({@link
 * cn.zugong.core.statistics.CountyStatistics#canonical()}); from then on the year shows the
 * frozen figures, whatever the registry says. Supervisors read the counties in scope, summed by
 * city and province, with who has submitted.
 */
package cn.zugong.core.statistics;
