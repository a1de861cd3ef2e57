/**
 * The plugin's use cases over the platform's services: the county's due lists, avoidance scans and
 * findings, term corrections, kin links, the appointment checks and the reminders. Each acts for
 * the request's (or job's) county, changes only a writable county, and audits what it changes.
 */
package cn.zugong.plugin.rotation.service;
