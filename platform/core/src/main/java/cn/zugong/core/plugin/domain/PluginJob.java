package cn.zugong.core.plugin.domain;

import cn.zugong.api.job.ScheduledJob;

/** A scheduled job and the plugin that contributes it. */
public record PluginJob(String pluginId, ScheduledJob job) {}
