package cn.zugong.core.plugin;

/** A plugin the host has started. */
public record InstalledPlugin(String id, String version) {}
