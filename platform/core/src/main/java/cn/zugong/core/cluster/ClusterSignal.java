package cn.zugong.core.cluster;

/**
 * A change on some node (this one included) that this node should follow: re-read the state of
 * {@code channel}. {@link #CONNECTED} as payload means the listener (re)connected and may have
 * missed signals, {@link #RESYNC} that the period of re-reading came round; either way the state is
 * to be re-read all the same.
 */
public record ClusterSignal(String channel, String payload) {

    /** The payload of the signal given on every (re)connection of the listener. */
    public static final String CONNECTED = "connected";

    /**
     * The payload of the periodic signal (every {@code zugong.cluster.resync-seconds}, 60 by default):
     * re-read all the same, so that what failed on this node (a plugin that did not start) is tried
     * again without waiting for the next change.
     */
    public static final String RESYNC = "resync";

    /** The plugins' records changed: install, upgrade, enable, disable, failure, uninstall, purge. */
    public static final String PLUGINS = "zugong_plugins";
}
