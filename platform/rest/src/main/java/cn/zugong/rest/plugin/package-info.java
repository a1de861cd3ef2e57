/**
 * The module administration over REST: the platform's plugins and vendor keys, a county's offered
 * modules and the rule values of their packs, each resource over the core's plugin services.
 */
package cn.zugong.rest.plugin;
