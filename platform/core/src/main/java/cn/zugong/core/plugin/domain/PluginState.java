package cn.zugong.core.plugin.domain;

/** Where an installed plugin stands on the platform. */
public enum PluginState {
    /** Loaded and started; counties it is offered to may use it. */
    ENABLED,
    /** Installed but stopped by the platform-sysadmin; its data kept. */
    DISABLED,
    /** Stopped by the platform because it failed to start or threw in an extension. */
    FAILED,
    /** Removed from the server; its tables and data kept until purged after an export. */
    UNINSTALLED
}
