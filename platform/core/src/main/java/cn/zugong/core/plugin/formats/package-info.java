/**
 * The cadre-list formats plugins contribute, offered beside the built-in export for the counties that
 * enabled them.
 */
package cn.zugong.core.plugin.formats;
