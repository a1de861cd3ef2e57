package cn.zugong.core.plugin.formats;

import cn.zugong.api.io.CadreListFormat;

/** A cadre-list file format and the plugin that contributes it. */
public record PluginFormat(String pluginId, CadreListFormat format) {}
