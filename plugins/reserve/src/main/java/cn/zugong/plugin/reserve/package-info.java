/**
 * The reserve-cadre plugin (后备干部, DOMAIN §3, issue 21): batches per year and tier with their
 * structure targets, eligibility at the batch's reference date, the candidate's way from nomination
 * to approval and the structure analysis. Layered as the training plugin: {@code extension} and
 * {@code ui} on top of the domain packages {@code rules}, {@code eligibility}, {@code candidate}
 * and {@code structure}, which know nothing of the platform.
 */
package cn.zugong.plugin.reserve;
