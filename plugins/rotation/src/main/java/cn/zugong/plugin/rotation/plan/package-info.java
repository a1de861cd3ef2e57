/**
 * The exchange plan's optimizer (issue 19 item 4, DOMAIN §2): the cadres to move as Timefold planning
 * entities, the open posts they may take, the hard rules (level and kind fit, avoidance V-E1/V-E2,
 * 职数, V-E4, the officer's forbids) and the preferences, solved within a time limit and explained
 * per move.
 */
package cn.zugong.plugin.rotation.plan;
