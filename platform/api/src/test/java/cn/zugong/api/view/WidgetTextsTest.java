package cn.zugong.api.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The widgets' own texts exist in both languages, so no page shows a widget half in English. */
class WidgetTextsTest {

    private static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(
                "cn.zugong.api.view.widgets",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void chineseAndEnglishHaveTheSameTexts() {
        assertThat(texts(Locale.ENGLISH).keySet()).isEqualTo(texts(Locale.ROOT).keySet());
        assertThat(texts(Locale.ROOT).getString("datePicker.today")).isEqualTo("今天");
        assertThat(texts(Locale.ENGLISH).getString("datePicker.today")).isEqualTo("Today");
    }
}
