package cn.zugong.plugin.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.rules.RulePack;
import cn.zugong.plugin.supervision.measure.MeasureBar;
import cn.zugong.plugin.supervision.measure.MeasureKind;
import cn.zugong.plugin.supervision.testing.SupervisionContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule pack {@code supervision}: national values, Sichuan's layer, a county's override. */
class LimitsTest {

    @Test
    void theNationalPackHasTheDomainsValues() {
        Limits national = Limits.parse(Map.of());
        assertThat(national.proposeDays()).isEqualTo(10); // §4.5 [I]
        assertThat(national.closeDays()).isEqualTo(60); // §4.5 [I]
        assertThat(national.extensionDays()).isEqualTo(30); // §4.5 [I]
        assertThat(national.extensions()).isEqualTo(1);
        assertThat(national.randomRate()).isEqualByComparingTo("0.10"); // §4.4 [V], 2015
        assertThat(national.focusedLevels()).contains("COUNTY_DEPUTY").doesNotContain("TOWNSHIP_PRINCIPAL"); // §4.4 [V]
        assertThat(national.trialMonths()).isEqualTo(12); // §4.2 [V]
        assertThat(national.absenceMonths()).isEqualTo(6); // §4.2 [P]
        assertThat(national.items()).contains("MARRIAGE", "REAL_ESTATE").hasSize(11); // §4.4, 2017 list
        assertThat(new SupervisionRules().rulePacks())
                .extracting(RulePack::region)
                .containsExactlyInAnyOrder(RulePack.NATIONAL, SupervisionRules.SICHUAN);
    }

    @Test
    void sichuansLayerExtendsThePersonalMattersChecksToTownshipLeadersAndACountyCanChangeTheRate() {
        try (InMemoryPluginContext context = SupervisionContext.create()) {
            Map<String, String> wenjiang = context.rulePacks()
                    .effective(SupervisionRules.PACK_ID, SupervisionContext.WENJIANG, SupervisionContext.TODAY);
            assertThat(Limits.parse(wenjiang).focusedLevels()).contains("TOWNSHIP_PRINCIPAL");
            Map<String, String> yunnan = context.rulePacks()
                    .effective(SupervisionRules.PACK_ID, SupervisionContext.KUNMING_WUHUA, SupervisionContext.TODAY);
            assertThat(Limits.parse(yunnan).focusedLevels()).doesNotContain("TOWNSHIP_PRINCIPAL");
            context.rulePacks().override(SupervisionContext.WENJIANG, "matters.random.rate", "0.15");
            assertThat(Limits.parse(context.rulePacks()
                                    .effective(
                                            SupervisionRules.PACK_ID,
                                            SupervisionContext.WENJIANG,
                                            SupervisionContext.TODAY))
                            .randomRate())
                    .isEqualByComparingTo(new BigDecimal("0.15"));
        }
    }

    @Test
    void unreadableValuesAreNamedByTheirKeysBeforeAnAdministratorSavesThem() {
        assertThat(new SupervisionRules()
                        .problems(
                                SupervisionRules.PACK_ID,
                                Map.of(
                                        "matters.random.rate",
                                        "1.5",
                                        "report.close.days",
                                        "sixty",
                                        "matters.due",
                                        "13-01")))
                .extracting(p -> p.ruleKey())
                .containsExactlyInAnyOrder("matters.random.rate", "report.close.days", "matters.due");
        assertThat(new SupervisionRules().problems("training", Map.of("x", "y")))
                .isEmpty();
    }

    @Test
    void anAdmonishmentBarsPromotionForSixMonthsAndAReminderTalkNotAtAll() {
        Limits national = Limits.parse(Map.of());
        LocalDate taken = LocalDate.of(2025, 3, 10);
        assertThat(MeasureBar.until(MeasureKind.ADMONISHMENT, taken, national)).contains(LocalDate.of(2025, 9, 9));
        assertThat(MeasureBar.bars(MeasureKind.ADMONISHMENT, taken, LocalDate.of(2025, 9, 9), national))
                .isTrue();
        assertThat(MeasureBar.bars(MeasureKind.ADMONISHMENT, taken, LocalDate.of(2025, 9, 10), national))
                .isFalse();
        assertThat(MeasureBar.until(MeasureKind.TALK_REMINDER, taken, national)).isEmpty();
    }
}
