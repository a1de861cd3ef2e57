package cn.zugong.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.unit.UnitType;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Chinese and English are both complete: the same keys, and a label for every unit type. */
class MessageBundlesTest {

    private static final ResourceBundle ZH = PortalI18NProvider.messages(Locale.SIMPLIFIED_CHINESE);
    private static final ResourceBundle EN = PortalI18NProvider.messages(Locale.ENGLISH);

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        assertThat(EN.keySet()).containsExactlyInAnyOrderElementsOf(ZH.keySet());
    }

    @Test
    void everyUnitTypeHasALabelInBothLanguages() {
        Set<String> keys = ZH.keySet();
        Arrays.stream(UnitType.values()).forEach(type -> assertThat(keys).contains("unit.type." + type.name()));
    }

    @Test
    void chineseIsTheDefaultForAnyOtherLanguage() {
        assertThat(PortalI18NProvider.supported(Locale.GERMAN)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(PortalI18NProvider.supported(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(PortalI18NProvider.supported(Locale.US)).isEqualTo(Locale.ENGLISH);
        assertThat(new PortalI18NProvider().getTranslation("nav.units", Locale.TRADITIONAL_CHINESE))
                .isEqualTo("单位管理");
    }
}
