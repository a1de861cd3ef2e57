package cn.zugong.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.audit.AuditActions;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every action the platform records has words for the auditors, in Chinese and in English. */
class AuditActionTextsTest {

    @Test
    void everyRecordedActionHasATextInBothBundles() {
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    "i18n.messages",
                    locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Stream.of(AuditActions.PLATFORM, AuditActions.PUBLICATION, AuditActions.PLATFORM_CHAIN)
                    .flatMap(Set::stream)
                    .forEach(action -> assertThat(bundle.containsKey("audit.action." + action))
                            .as("audit.action.%s in the %s bundle", action, locale)
                            .isTrue());
        }
    }
}
