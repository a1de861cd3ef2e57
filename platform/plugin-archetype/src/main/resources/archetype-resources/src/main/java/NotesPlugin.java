package ${package};

import cn.zugong.api.security.PluginPermission;
import java.util.Set;

/** The plugin as the platform knows it: its id, the permission it declares and its message keys. */
public final class NotesPlugin {

    /** The plugin's id, as its descriptor (Plugin-Id) declares it. */
    public static final String ID = "${pluginId}";

    /**
     * Opening the notes page: officers and county admins hold it until a county admin grants it
     * otherwise. Listed in the descriptor too (plugin.permissions in the POM).
     */
    public static final PluginPermission VIEW = new PluginPermission(ID + ".view", Set.of("officer", "tenant-admin"));

    private NotesPlugin() {}

    /** A message key of the plugin's bundles: every key starts with the plugin's id. */
    public static String key(String name) {
        return ID + "." + name;
    }
}
