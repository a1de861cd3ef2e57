package cn.zugong.core.cadre.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The Chinese text the approval form and its interchange formats use for each coded value (for
 * example {@code Gender.MALE} and the character for male), both ways. The texts live in
 * {@code form-texts.properties}: they are data of the national form, not user-interface labels.
 */
public final class FormTexts {

    private static final Properties TEXTS = load();

    private FormTexts() {}

    /** The form's text for a value; empty text for null. */
    public static String text(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return TEXTS.getProperty(key(value.getDeclaringClass(), value.name()), value.name());
    }

    /** A phrase of the form's generated texts, by key (for example {@code assessment.line}). */
    public static String phrase(String key) {
        return TEXTS.getProperty("phrase." + key, key);
    }

    /** The value whose form text (or constant name) is the given text, after trimming. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        for (E value : type.getEnumConstants()) {
            if (text(value).equals(wanted)
                    || value.name().equals(wanted)
                    || aliases(value).contains(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static List<String> aliases(Enum<?> value) {
        String aliases = TEXTS.getProperty(key(value.getDeclaringClass(), value.name()) + ".aliases");
        return aliases == null ? List.of() : List.of(aliases.split(","));
    }

    private static String key(Class<?> type, String name) {
        return type.getSimpleName() + "." + name;
    }

    private static Properties load() {
        Properties texts = new Properties();
        try (var in = FormTexts.class.getResourceAsStream("form-texts.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
