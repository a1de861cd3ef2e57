package cn.zugong.core.plugin.context;

import cn.zugong.api.ballot.Ballots;

/**
 * Where a plugin's context gets its ballots: implemented by the ballot feature, which builds on the
 * plugin host (its sessions feed selection cases, whose gates are plugins'), so the host names only
 * this interface and the features import each other without a circle.
 */
public interface PluginBallots {

    /** The ballots of one plugin: only the sessions it opened. */
    Ballots of(String pluginId);
}
