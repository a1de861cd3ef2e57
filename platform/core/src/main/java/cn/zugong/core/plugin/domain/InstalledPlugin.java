package cn.zugong.core.plugin.domain;

/** A plugin the host has started. */
public record InstalledPlugin(String id, String version) {}
