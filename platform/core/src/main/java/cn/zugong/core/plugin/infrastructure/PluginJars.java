package cn.zugong.core.plugin.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** The plugins directory, the jars in it, and a jar's SHA-256. */
public final class PluginJars {

    private static final Logger LOG = Logger.getLogger(PluginJars.class.getName());

    private PluginJars() {}

    /** The directory of {@code zugong.plugins.dir} (or {@code ZUGONG_PLUGINS_DIR}), if it exists. */
    static Optional<Path> directory() {
        String configured = System.getProperty("zugong.plugins.dir", System.getenv("ZUGONG_PLUGINS_DIR"));
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        Path dir = Path.of(configured);
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    /** The jars of a directory, by name; none when it cannot be read. */
    static List<Path> in(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Plugins directory not readable", e);
            return List.of();
        }
    }

    /** The SHA-256 of a file, lower-case hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
