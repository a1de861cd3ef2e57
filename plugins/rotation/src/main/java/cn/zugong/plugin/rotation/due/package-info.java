/**
 * Who must or should be exchanged, and when (DOMAIN §2.1, §2.3, V-E3, V-E4, V-E7): the date each
 * rule makes a cadre due, from the cadre's current posts.
 */
package cn.zugong.plugin.rotation.due;
