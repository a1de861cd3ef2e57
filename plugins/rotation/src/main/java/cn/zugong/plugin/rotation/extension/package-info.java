/**
 * What the plugin plugs into the platform besides its pages: the appointment gates, the dashboard
 * indicators, the daily reminders and the message bundle. Each extension gets the plugin's context
 * through its constructor and leaves the work to the services.
 */
package cn.zugong.plugin.rotation.extension;
