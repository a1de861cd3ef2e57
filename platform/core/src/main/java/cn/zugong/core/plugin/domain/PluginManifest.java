package cn.zugong.core.plugin.domain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * What a plugin jar declares in its manifest (written by the plugins' parent POM from the plugin's
 * POM): PF4J's {@code Plugin-*} entries plus the permissions and the data access the platform shows
 * before installing.
 */
public record PluginManifest(
        String id,
        String version,
        String provider,
        String description,
        String requires,
        String dependencies,
        List<String> permissions,
        List<String> dataAccess) {

    /** The manifest of a jar; empty when the jar has none or no {@code Plugin-Id}. */
    public static Optional<PluginManifest> read(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                return Optional.empty();
            }
            Attributes a = manifest.getMainAttributes();
            String id = trimmed(a.getValue("Plugin-Id"));
            if (id.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new PluginManifest(
                    id,
                    trimmed(a.getValue("Plugin-Version")),
                    trimmed(a.getValue("Plugin-Provider")),
                    trimmed(a.getValue("Plugin-Description")),
                    trimmed(a.getValue("Plugin-Requires")),
                    trimmed(a.getValue("Plugin-Dependencies")),
                    PluginRecord.split(a.getValue("Plugin-Permissions")),
                    PluginRecord.split(a.getValue("Plugin-Data-Access"))));
        }
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
