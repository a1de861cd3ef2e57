/**
 * The plugin's own tables ({@code db/plugin/training/}, prefix {@code training_}): JPA entities,
 * repositories over one county's rows, and the entries they hand out, which carry the domain's
 * records ({@link cn.zugong.plugin.training.course.Course}, {@link
 * cn.zugong.plugin.training.enrollment.Enrollment}, {@link
 * cn.zugong.plugin.training.requirement.CreditedRecord}, {@link
 * cn.zugong.plugin.training.followup.PromotionFollowUp}) rather than the entities. Enumerations are
 * stored by name as text so that the same migration holds on PostgreSQL and H2.
 */
package cn.zugong.plugin.training.data;
