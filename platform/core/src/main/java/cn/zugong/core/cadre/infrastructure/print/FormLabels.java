package cn.zugong.core.cadre.infrastructure.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The printed labels of the approval form. They live in {@code form-labels.properties} (UTF-8)
 * beside this class, not in code: the form is a Chinese government form and prints in Chinese
 * whatever the interface language is.
 */
final class FormLabels {

    private static final String RESOURCE = "form-labels.properties";

    private final Properties labels;

    private FormLabels(Properties labels) {
        this.labels = labels;
    }

    static FormLabels chinese() {
        Properties properties = new Properties();
        try (InputStream in = FormLabels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " beside " + FormLabels.class.getName());
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FormLabels(properties);
    }

    /** The label as the cell shows it, line breaks included. */
    String get(String key) {
        String value = labels.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("No form label " + key);
        }
        return value;
    }

    /** The label on one line, for headings outside its cell. */
    String oneLine(String key) {
        return get(key).replaceAll("\\s+", "");
    }

    /** The label with {@code {0}} replaced by the argument. */
    String format(String key, Object argument) {
        return get(key).replace("{0}", String.valueOf(argument));
    }

    List<String> list(String key) {
        return Arrays.stream(get(key).split(",")).map(String::strip).toList();
    }
}
