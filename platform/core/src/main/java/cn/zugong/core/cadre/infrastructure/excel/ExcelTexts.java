package cn.zugong.core.cadre.infrastructure.excel;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

/** The texts written into the workbooks ({@code excel-texts.properties}): titles, sheet names, notes. */
final class ExcelTexts {

    private static final Properties TEXTS = load();

    private ExcelTexts() {}

    static String get(String key, Object... args) {
        String text = TEXTS.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("No Excel text " + key);
        }
        return args.length == 0 ? text : MessageFormat.format(text, args);
    }

    static boolean has(String key) {
        return TEXTS.containsKey(key);
    }

    private static Properties load() {
        Properties texts = new Properties();
        try (var in = ExcelTexts.class.getResourceAsStream("excel-texts.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
