/** A reserve candidate's way from nomination to approval (DOMAIN §3.4). */
package cn.zugong.plugin.reserve.candidate;
