/** Trial years (试用期, DOMAIN §4.2): end date, extension for absence, reminder of the end assessment. */
package cn.zugong.plugin.supervision.trial;
