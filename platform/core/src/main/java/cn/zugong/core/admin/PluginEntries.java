package cn.zugong.core.admin;

import cn.zugong.api.tenant.ExportEntries;
import java.util.regex.Pattern;

/**
 * What a plugin's {@link cn.zugong.api.tenant.TenantDataExport} writes, put into the export's zip
 * under {@code plugins/<plugin id>/}; a name that could leave that folder or clash is refused.
 */
final class PluginEntries implements ExportEntries {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*");

    private final ExportZip zip;
    private final String folder;
    private int added;

    PluginEntries(ExportZip zip, String pluginId) {
        this.zip = zip;
        this.folder = "plugins/" + pluginId + "/";
    }

    @Override
    public void add(String name, byte[] content) {
        if (name == null
                || name.length() > 200
                || !NAME.matcher(name).matches()
                || ("/" + name + "/").contains("/../")
                || ("/" + name + "/").contains("/./")) {
            throw new IllegalArgumentException("Export entry name refused: " + name);
        }
        zip.add(folder + name, content);
        added++;
    }

    /** The number of entries the plugin wrote. */
    int added() {
        return added;
    }
}
