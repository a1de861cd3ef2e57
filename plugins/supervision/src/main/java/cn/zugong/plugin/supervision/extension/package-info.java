/** What the platform calls: gates, the fact source, indicators, the listener, the job, the bundle. */
package cn.zugong.plugin.supervision.extension;
