package cn.zugong.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this SDK, semantic: a minor version adds, a major version may break. A plugin
 * states the range it works with in its descriptor ({@code Plugin-Requires: >=1.0.0 & <2.0.0}); the
 * platform refuses a plugin whose range excludes the version it runs.
 */
public final class ApiVersion {

    private ApiVersion() {}

    /** The version of the SDK the platform runs, such as {@code 1.0.0}. */
    public static String current() {
        try (InputStream in = ApiVersion.class.getResourceAsStream("api-version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("SDK version resource missing", e));
        }
    }
}
