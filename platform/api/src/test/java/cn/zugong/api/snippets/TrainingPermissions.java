package cn.zugong.api.snippets;

import cn.zugong.api.security.PluginPermission;
import java.util.Set;

/** A plugin's permissions, as the examples name them. */
final class TrainingPermissions {
    static final PluginPermission VIEW = new PluginPermission("training.view", Set.of("officer", "tenant-admin"));
    static final PluginPermission MANAGE = new PluginPermission("training.manage", Set.of("tenant-admin"));

    private TrainingPermissions() {}
}
