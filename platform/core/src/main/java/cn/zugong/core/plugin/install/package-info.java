/**
 * Installing a plugin jar: its review (manifest, signature by a registered vendor key, SDK range,
 * contents), the platform setting for unsigned jars, install, upgrade and uninstall.
 */
package cn.zugong.core.plugin.install;
