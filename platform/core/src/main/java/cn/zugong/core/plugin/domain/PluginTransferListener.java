package cn.zugong.core.plugin.domain;

import cn.zugong.api.transfer.CadreTransferListener;

/** A plugin's cross-county transfer hook and the plugin that contributes it. */
public record PluginTransferListener(String pluginId, CadreTransferListener listener) {}
