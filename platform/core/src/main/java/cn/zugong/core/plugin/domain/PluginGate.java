package cn.zugong.core.plugin.domain;

import cn.zugong.api.selection.AppointmentGate;

/** An appointment gate and the plugin that contributes it. */
public record PluginGate(String pluginId, AppointmentGate gate) {}
