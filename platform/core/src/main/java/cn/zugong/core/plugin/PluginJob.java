package cn.zugong.core.plugin;

import cn.zugong.api.job.ScheduledJob;

/** A scheduled job and the plugin that contributes it. */
public record PluginJob(String pluginId, ScheduledJob job) {}
