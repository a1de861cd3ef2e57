/**
 * The dashboard indicators and the scheduled jobs that running plugins contribute, read and run for
 * each county that enabled them.
 */
package cn.zugong.core.plugin.dashboard;
