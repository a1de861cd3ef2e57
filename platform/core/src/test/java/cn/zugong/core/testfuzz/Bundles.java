package cn.zugong.core.testfuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;

/**
 * The portal's message bundles (zh-CN default and English), read from the ui module's sources as
 * {@code ProblemMessagesTest} does, to check that a refusal reaches the user in words.
 */
public final class Bundles {

    private static final Path DIR = Path.of("../../ui/src/main/resources/i18n");
    private static final List<Properties> BUNDLES =
            List.of(load("messages.properties"), load("messages_en.properties"));

    private Bundles() {}

    /** Asserts that both bundles have a text for the key that formats with the arguments. */
    public static void assertTranslated(String key, List<Object> args) {
        for (Properties bundle : BUNDLES) {
            String text = bundle.getProperty(key);
            assertThat(text).as("message %s", key).isNotBlank();
            assertThat(new MessageFormat(text).format(args.toArray())).isNotBlank();
        }
    }

    private static Properties load(String name) {
        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(DIR.resolve(name), StandardCharsets.UTF_8)) {
            messages.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }
}
