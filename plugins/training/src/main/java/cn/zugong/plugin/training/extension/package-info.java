/**
 * What the plugin plugs into the platform besides its pages: the requirement gate on promotions,
 * the dashboard indicators, the T2 follow-up on promotions, the daily reminders and the message
 * bundle. Each extension gets the plugin's context through its constructor and leaves the work to
 * the services.
 */
package cn.zugong.plugin.training.extension;
