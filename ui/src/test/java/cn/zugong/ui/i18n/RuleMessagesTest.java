package cn.zugong.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.calendar.DayKind;
import cn.zugong.core.selection.domain.rules.VoteOutcome;
import cn.zugong.core.selection.eligibility.EligibilityRule;
import cn.zugong.core.selection.eligibility.Outcome;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every text the selection rules and the calendar can ask for exists in both languages and formats. */
class RuleMessagesTest {

    private static final List<ResourceBundle> BUNDLES = List.of(
            PortalI18NProvider.messages(Locale.SIMPLIFIED_CHINESE), PortalI18NProvider.messages(Locale.ENGLISH));

    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (EligibilityRule rule : EligibilityRule.values()) {
            keys.add("eligibility.rule." + rule.name());
            rule.reasons().forEach(reason -> keys.add(rule.messageKey(reason)));
        }
        Arrays.stream(Outcome.values()).forEach(o -> keys.add("eligibility.outcome." + o.name()));
        Arrays.stream(VoteOutcome.values()).forEach(o -> keys.add("selection.vote.outcome." + o.name()));
        Arrays.stream(DayKind.values()).forEach(k -> keys.add("calendar.kind." + k.name()));
        keys.addAll(List.of(
                "eligibility.error.no-pack",
                "selection.vote.error.total",
                "selection.vote.error.negative",
                "selection.vote.error.present-above-total",
                "selection.vote.error.yes-above-total",
                "selection.vote.error.yes-above-present",
                "calendar.error.required",
                "calendar.error.date.taken",
                "calendar.error.workday.weekday",
                "calendar.error.name.long",
                "calendar.error.notFound",
                "calendar.error.national.missing",
                "calendar.error.no-tenant"));
        return keys;
    }

    @Test
    void everyRuleTextIsInBothBundlesAndFormatsWithItsValues() {
        for (ResourceBundle bundle : BUNDLES) {
            for (String key : keys()) {
                assertThat(bundle.containsKey(key))
                        .as(key + " in " + bundle.getLocale())
                        .isTrue();
                String text =
                        new MessageFormat(bundle.getString(key), bundle.getLocale()).format(new Object[] {3, 5, "x"});
                assertThat(text).as(key).doesNotContain("{").isNotBlank();
            }
        }
    }
}
