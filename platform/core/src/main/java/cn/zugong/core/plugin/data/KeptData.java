package cn.zugong.core.plugin.data;

/**
 * The data an uninstalled plugin left: its tables and their rows over every county. A reinstall
 * finds them again; the operator sees them before choosing to enable and offer it.
 */
public record KeptData(int tables, long rows) {}
