/** Eligibility for a tier's reserve at a batch's reference date (DOMAIN §3.2, V-R3). */
package cn.zugong.plugin.reserve.eligibility;
