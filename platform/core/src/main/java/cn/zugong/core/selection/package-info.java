/**
 * Cadre selection and appointment cases (xuanba renyong): the {@link
 * cn.zugong.core.selection.domain.SelectionCase} aggregate, its steps from recommendation to appointment,
 * the gates and exceptions on the way, and the county oversight of cases.
 */
package cn.zugong.core.selection;
