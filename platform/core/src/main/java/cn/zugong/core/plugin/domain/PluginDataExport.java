package cn.zugong.core.plugin.domain;

import cn.zugong.api.tenant.TenantDataExport;

/** A plugin's county-export hook and the plugin that contributes it. */
public record PluginDataExport(String pluginId, TenantDataExport export) {}
