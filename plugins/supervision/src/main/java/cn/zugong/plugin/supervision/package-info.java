/**
 * The cadre-supervision plugin (ganbu jiandu): reports about cadres (xinfang jubao), personal-matters
 * reports and their checks, trial years, supervision measures, and the gates that keep a promotion
 * with known problems (daibing tiba) from being decided.
 *
 * <p>The domain packages ({@code report}, {@code matters}, {@code trial}, {@code measure}) are plain
 * Java with explicit inputs: rule values as {@link SupervisionRules}, working days as the SDK's
 * {@link cn.zugong.api.calendar.WorkingCalendar}. Layers: {@code extension} (what the platform
 * calls) → {@code ui} → {@code service} → {@code data} → the domain, no arrow back up.
 */
package cn.zugong.plugin.supervision;
