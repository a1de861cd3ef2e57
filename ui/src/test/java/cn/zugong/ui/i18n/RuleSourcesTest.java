package cn.zugong.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.selection.eligibility.EligibilityRule;
import java.util.EnumSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of issue 14 item 9 name their source in every text, in both languages, and in the rule itself. */
class RuleSourcesTest {

    private static final Set<EligibilityRule> ISSUE_14 = EnumSet.of(
            EligibilityRule.PARTY_STANDING,
            EligibilityRule.EXCEPTIONAL_PROMOTION,
            EligibilityRule.INSPECTION_NOTICE,
            EligibilityRule.DUAL_MANAGEMENT,
            EligibilityRule.AVOIDANCE_INSPECTION,
            EligibilityRule.AVOIDANCE_MEETING);

    @Test
    void everyTextOfTheNewRulesNamesItsSource() {
        ResourceBundle chinese = PortalI18NProvider.messages(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle english = PortalI18NProvider.messages(Locale.ENGLISH);
        for (EligibilityRule rule : ISSUE_14) {
            for (String reason : rule.reasons()) {
                String key = rule.messageKey(reason);
                assertThat(chinese.getString(key)).as(key).containsPattern("《.+》|规定");
                assertThat(english.getString(key)).as(key).containsPattern("Regulation|Constitution|Provisions|rule");
            }
        }
    }

    @Test
    void everyRuleCarriesItsSourceAndForce() {
        for (EligibilityRule rule : EligibilityRule.values()) {
            assertThat(rule.source()).as(rule.name()).contains("DOMAIN.md");
            assertThat(rule.force()).as(rule.name()).isNotNull();
        }
    }
}
