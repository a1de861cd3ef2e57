/**
 * Personal-matters reports (个人有关事项报告, DOMAIN §4.4, §4.10): the report's state machine, the
 * random draw, the findings and their handling (五个一律).
 */
package cn.zugong.plugin.supervision.matters;
