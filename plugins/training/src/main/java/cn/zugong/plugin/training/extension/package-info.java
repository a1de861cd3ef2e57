/**
 * What the plugin plugs into the platform besides its pages: the requirement gate on promotions,
 * the dashboard indicators, the T2 follow-up on promotions, the daily reminders, the county's share
 * of its export archive and the message bundle. Each extension gets the plugin's context through its
 * constructor and leaves the work to the services (the export reads its tables directly: it is a
 * copy, not a use case).
 */
package cn.zugong.plugin.training.extension;
