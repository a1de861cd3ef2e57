/**
 * Terms (任期, DOMAIN §2.3): the term records of a cadre derived from the registry's holdings,
 * corrected by hand where the history is incomplete, and the rules on them (V-E4, V-E6).
 */
package cn.zugong.plugin.rotation.term;
