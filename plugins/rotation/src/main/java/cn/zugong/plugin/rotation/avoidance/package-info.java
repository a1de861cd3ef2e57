/**
 * Avoidance (回避, DOMAIN §2.2, V-E1, V-E2): relatives among the county's cadres, the conflicts
 * their posts make, regional avoidance on the growth place, and the findings' state machine
 * (§2.5).
 */
package cn.zugong.plugin.rotation.avoidance;
