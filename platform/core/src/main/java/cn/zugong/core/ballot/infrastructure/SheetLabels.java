package cn.zugong.core.ballot.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The printed sheets' words: Chinese, or English when asked for. */
final class SheetLabels {

    private final Properties words;
    private final Locale locale;

    private SheetLabels(Properties words, Locale locale) {
        this.words = words;
        this.locale = locale;
    }

    static SheetLabels of(Locale locale) {
        Properties chinese = load("ballot-sheet.properties");
        if (locale != null && "en".equals(locale.getLanguage())) {
            Properties english = new Properties(chinese);
            english.putAll(load("ballot-sheet_en.properties"));
            return new SheetLabels(english, Locale.ENGLISH);
        }
        return new SheetLabels(chinese, Locale.SIMPLIFIED_CHINESE);
    }

    String get(String key, Object... args) {
        String text = words.getProperty(key, key);
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = SheetLabels.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
