package cn.zugong.core.selection.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.selection.eligibility.PromotionStep.Rank;
import cn.zugong.core.unit.PostLevel;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What kind of move a promotion is: the step the time-in-post rule knows, or a skipped one. */
class PromotionStepTest {

    private static PromotionStep step(PostLevel from, PostLevel to) {
        return PromotionStep.of(Optional.of(Rank.of(from, from.principal())), Rank.of(to, to.principal()));
    }

    @Test
    void fromDeputyToPrincipalOfTheSameLevel() {
        assertThat(step(PostLevel.COUNTY_DEPUTY, PostLevel.COUNTY_PRINCIPAL))
                .isEqualTo(PromotionStep.DEPUTY_TO_PRINCIPAL);
        assertThat(step(PostLevel.TOWNSHIP_DEPUTY, PostLevel.TOWNSHIP_PRINCIPAL))
                .isEqualTo(PromotionStep.DEPUTY_TO_PRINCIPAL);
    }

    @Test
    void fromPrincipalToTheDeputyPostOneLevelUp() {
        assertThat(step(PostLevel.TOWNSHIP_PRINCIPAL, PostLevel.COUNTY_DEPUTY))
                .isEqualTo(PromotionStep.PRINCIPAL_TO_UPPER_DEPUTY);
        assertThat(step(PostLevel.COUNTY_PRINCIPAL, PostLevel.BUREAU_DEPUTY))
                .isEqualTo(PromotionStep.PRINCIPAL_TO_UPPER_DEPUTY);
    }

    @Test
    void anyOtherPromotionSkipsAStep() {
        assertThat(step(PostLevel.TOWNSHIP_DEPUTY, PostLevel.COUNTY_DEPUTY)).isEqualTo(PromotionStep.SKIPS_A_STEP);
        assertThat(step(PostLevel.TOWNSHIP_PRINCIPAL, PostLevel.COUNTY_PRINCIPAL))
                .isEqualTo(PromotionStep.SKIPS_A_STEP);
        assertThat(step(PostLevel.TOWNSHIP_PRINCIPAL, PostLevel.BUREAU_DEPUTY)).isEqualTo(PromotionStep.SKIPS_A_STEP);
    }

    @Test
    void aMoveToTheSameOrALowerPostIsNoPromotion() {
        assertThat(step(PostLevel.COUNTY_DEPUTY, PostLevel.COUNTY_DEPUTY)).isEqualTo(PromotionStep.NOT_A_PROMOTION);
        assertThat(step(PostLevel.COUNTY_PRINCIPAL, PostLevel.COUNTY_DEPUTY)).isEqualTo(PromotionStep.NOT_A_PROMOTION);
    }

    @Test
    void theHeadOfADeputyRankedOrganIsItsPrincipalAtTheSameLevel() {
        PromotionStep step = PromotionStep.of(
                Optional.of(Rank.of(PostLevel.TOWNSHIP_DEPUTY, false)), Rank.of(PostLevel.TOWNSHIP_DEPUTY, true));
        assertThat(step).isEqualTo(PromotionStep.DEPUTY_TO_PRINCIPAL);
    }

    @Test
    void withoutACurrentLeadershipPostTheStepIsUnknown() {
        assertThat(PromotionStep.of(Optional.empty(), Rank.of(PostLevel.COUNTY_DEPUTY, false)))
                .isEqualTo(PromotionStep.FROM_UNKNOWN_LEVEL);
    }
}
