/** The plugin's tables ({@code db/plugin/supervision/}): entities and one repository per aggregate. */
package cn.zugong.plugin.supervision.data;
