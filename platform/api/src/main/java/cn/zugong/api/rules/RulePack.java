package cn.zugong.api.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * One version of a set of rule values, for the whole country ({@code region} {@code 00}) or for a
 * province ({@code 51} for Sichuan), in force from a date. A later version of the same region
 * replaces the earlier from its date; a province's values override the national ones key by key;
 * a county's administrator may override single keys for the county.
 *
 * @param packId which rules, such as {@code training.hours}
 * @param region {@code 00} or a province's two-digit code
 * @param effectiveFrom the first day the values apply
 * @param values rule values by key, as text (the plugin parses them); {@link #values(Class, String)}
 *     reads them from a {@code .properties} file of the plugin
 */
public record RulePack(String packId, String region, LocalDate effectiveFrom, Map<String, String> values) {

    public static final String NATIONAL = "00";

    public RulePack {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        values = Map.copyOf(values);
    }

    /**
     * The rule values of a {@code .properties} file of the plugin, read as UTF-8 (so that a value or
     * comment may be Chinese without escapes), as an unmodifiable map: what a plugin keeps out of its
     * code and passes as a pack's {@code values}.
     *
     * {@snippet class=cn.zugong.api.snippets.RulesSnippets region=values :
     * private static final Map<String, String> NATIONAL = RulePack.values(TrainingRules.class, "/training/rules-national.properties");
     * }
     *
     * @param anchor a class of the plugin: the file is its resource, found by its class loader (the
     *     plugin's, which the SDK's own does not see)
     * @param resource the file, as {@link Class#getResourceAsStream(String)} names it: absolute with a
     *     leading {@code /}, else relative to the anchor's package
     * @return every key with its value
     * @throws IllegalStateException when there is no such resource
     * @throws UncheckedIOException when it cannot be read
     * @since 1.3.0
     */
    public static Map<String, String> values(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no rule values " + resource + " next to " + anchor.getName());
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> values = new HashMap<>();
            properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
            return Map.copyOf(values);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
