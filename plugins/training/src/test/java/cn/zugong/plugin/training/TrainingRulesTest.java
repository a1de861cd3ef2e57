package cn.zugong.plugin.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zugong.api.rules.RulePack;
import cn.zugong.plugin.training.rules.CreditRules;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingRulesTest {

    private final List<RulePack> packs = new TrainingRules().rulePacks();

    @Test
    void shipsTheNationalPackFromThe2023RegulationsAndYunnansOverrides() {
        assertThat(packs)
                .extracting(RulePack::packId, RulePack::region, RulePack::effectiveFrom)
                .containsExactly(
                        tuple(TrainingRules.PACK_ID, RulePack.NATIONAL, TrainingRules.REGULATIONS_2023),
                        tuple(TrainingRules.PACK_ID, TrainingRules.YUNNAN, TrainingRules.REGULATIONS_2023));
    }

    @Test
    void theNationalPackHoldsEveryDefaultAndReadsWithoutProblems() {
        RulePack national = packs.get(0);
        assertThat(national.values()).isEqualTo(TrainingRules.defaults());
        assertThat(CreditRules.problems(national.values())).isEmpty();
    }

    @Test
    void yunnansPackAddsTheOnlineMinutesConversion() {
        // DOMAIN T6 [P]: Yunnan's platform converts minutes to hours; the nation has no such rule.
        RulePack yunnan = packs.get(1);
        assertThat(CreditRules.parse(yunnan.values()).onlineConversion().configured())
                .isTrue();
        assertThat(CreditRules.national().onlineConversion().configured()).isFalse();
        assertThat(CreditRules.parse(yunnan.values()).onlineHoursPerYear()).isEqualByComparingTo(new BigDecimal("50"));
    }

    @Test
    void everyRuleKeyConstantHasANationalValue() throws IllegalAccessException {
        for (var field : TrainingRules.class.getFields()) {
            if (field.getType() == String.class
                    && !field.getName().equals("PACK_ID")
                    && !field.getName().equals("YUNNAN")
                    && !field.getName().endsWith("_PREFIX")) {
                assertThat(TrainingRules.defaults()).as(field.getName()).containsKey((String) field.get(null));
            }
        }
    }
}
