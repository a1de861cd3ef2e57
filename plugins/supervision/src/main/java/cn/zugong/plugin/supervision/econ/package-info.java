/**
 * Economic responsibility audits (jingji zeren shenji, DOMAIN §4.6, §4.10 {@code EconomicAudit}):
 * who must be audited, the kinds of audit, the responsibility classes, and which audit a selection
 * case needs. Plain Java: rule values and careers come in as arguments.
 */
package cn.zugong.plugin.supervision.econ;
