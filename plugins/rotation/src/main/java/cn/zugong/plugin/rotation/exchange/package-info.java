/**
 * Exchange cases (交流, DOMAIN §2.4, §2.5): what an approved plan's move becomes, its steps from the
 * drafted plan to the closed case, and what each step needs.
 */
package cn.zugong.plugin.rotation.exchange;
