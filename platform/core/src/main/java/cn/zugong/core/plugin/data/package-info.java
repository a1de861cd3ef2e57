/**
 * Each plugin's own tables: its migrations under its table prefix, its database role and tenant wall,
 * and the export of the rows kept when it is uninstalled.
 */
package cn.zugong.core.plugin.data;
