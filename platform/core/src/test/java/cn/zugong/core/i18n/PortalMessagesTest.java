package cn.zugong.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.plugin.application.PluginHost;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The portal's texts (this module's test bundle {@code i18n/messages} stands in for the web
 * application's), then a running plugin's.
 */
class PortalMessagesTest {

    private final PortalMessages withTraining = new PortalMessages(Optional.of(new PluginHost() {
        @Override
        public List<ResourceBundle> bundles(Locale locale) {
            return List.of(new ListResourceBundle() {
                @Override
                protected Object[][] getContents() {
                    return new Object[][] {
                        {"training.course", Locale.ENGLISH.equals(locale) ? "Course" : "课程"},
                        {"shared", "a plugin's word"}
                    };
                }
            });
        }
    }));

    @Test
    void chineseIsTheDefaultAndEnglishIsForEveryEnglish() {
        PortalMessages portal = new PortalMessages(Optional.empty());

        assertThat(portal.translate("greeting", null, "王明")).isEqualTo("你好，王明");
        assertThat(portal.translate("greeting", Locale.GERMAN, "王明")).isEqualTo("你好，王明");
        assertThat(portal.translate("greeting", Locale.UK, "Wang Ming")).isEqualTo("Hello, Wang Ming");
        assertThat(PortalMessages.supported(Locale.forLanguageTag("en-US"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aPluginsTextsFollowThePortalsWhichKeepTheirOwnWords() {
        assertThat(withTraining.translate("training.course", Locale.ENGLISH)).isEqualTo("Course");
        assertThat(withTraining.translate("training.course", Locale.CHINA)).isEqualTo("课程");
        assertThat(withTraining.translate("shared", Locale.ENGLISH)).isEqualTo("Portal");
        assertThat(withTraining.definesAnywhere("training.course", Locale.ENGLISH))
                .isTrue();
        assertThat(PortalMessages.portal(Locale.ENGLISH).containsKey("training.course"))
                .isFalse();
    }

    @Test
    void aMissingKeyShowsItselfMarked() {
        assertThat(withTraining.translate("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
        assertThat(withTraining.definesAnywhere("no.such.key", Locale.ENGLISH)).isFalse();
    }
}
