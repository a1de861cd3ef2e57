/**
 * The training-credits plugin (ganbu jiaoyu peixun xueshi): courses, enrollments, the hours credited to each
 * cadre against the training rules, and imports from online-learning platforms.
 *
 * <p>The domain is plain Java with explicit inputs: the rule values come in as a map (what {@link
 * cn.zugong.api.rules.RulePacks#effective} returns for {@link TrainingRules#PACK_ID}), cadres as
 * {@link cn.zugong.api.cadre.CadreRef}, records as values. User mistakes come back as {@link
 * Problem}s (message keys of the {@code i18n.training} bundle), never as exceptions. Sub-packages
 * by feature: {@code rules}, {@code course}, {@code enrollment}, {@code requirement}, {@code
 * imports}, {@code followup}.
 */
package cn.zugong.plugin.training;
