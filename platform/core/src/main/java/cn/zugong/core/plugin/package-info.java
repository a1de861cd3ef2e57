/**
 * The plugin host: installed plugins and what each county enables and grants ({@code domain},
 * {@code application}), the PF4J life cycle ({@code infrastructure}), and the sub-features a plugin
 * reaches the platform through (its context, tables, rule packs, notices, publications, indicators,
 * jobs and list formats) and is installed by.
 */
package cn.zugong.core.plugin;
