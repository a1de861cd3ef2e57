package cn.zugong.core.cluster;

/**
 * A change on some node (this one included) that this node should follow: re-read the state of
 * {@code channel}. {@link #CONNECTED} as payload means the listener (re)connected and may have
 * missed signals, so the state is to be re-read all the same.
 */
public record ClusterSignal(String channel, String payload) {

    /** The payload of the signal given on every (re)connection of the listener. */
    public static final String CONNECTED = "connected";

    /** The plugins' records changed: install, upgrade, enable, disable, failure, uninstall, purge. */
    public static final String PLUGINS = "zugong_plugins";
}
