package cn.zugong.core.plugin.domain;

import cn.zugong.api.intake.PublicIntake;

/** A public form of a running plugin, with the plugin's id. */
public record PluginIntake(String pluginId, PublicIntake intake) {}
