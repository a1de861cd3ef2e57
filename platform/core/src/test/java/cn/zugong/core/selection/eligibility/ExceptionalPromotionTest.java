package cn.zugong.core.selection.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.Health;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * EXCEPTIONAL_PROMOTION (poge, selection regulation 2019 article 11, DOMAIN.md 5.1 and 4.2): a
 * promotion that skips a rank or falls short of the years is exceptional and needs the upper
 * department's recorded approval; never two levels, never during a trial, never within a year of
 * the last promotion.
 */
class ExceptionalPromotionTest {

    private static final UUID TOWNSHIP = UUID.randomUUID();

    private final Cadre cadre = new Cadre();
    private final List<PostHolding> holdings = new ArrayList<>();
    private final RulePack pack = Packs.nationalPack();

    ExceptionalPromotionTest() {
        cadre.setWorkStarted("200007");
        cadre.education().setFullTimeLevel(EducationLevel.UNIVERSITY);
        cadre.setHealth(Health.HEALTHY);
    }

    private PostHolding hold(PostLevel level, String from, String to) {
        PostHolding h = new PostHolding();
        h.setUnitId(TOWNSHIP);
        h.setUnitName("t");
        h.setTitle(level.name());
        h.setPostLevel(level);
        h.setPrincipal(level.principal());
        h.setMainPost(true);
        h.setStartDate(LocalDate.parse(from));
        h.setEndDate(to == null ? null : LocalDate.parse(to));
        holdings.add(h);
        return h;
    }

    private EligibilityFinding exceptional(PostLevel target, String at) {
        return EligibilityCheck.check(
                        pack,
                        cadre,
                        holdings,
                        Map.of(TOWNSHIP, UnitType.TOWNSHIP),
                        target,
                        target.principal(),
                        LocalDate.parse(at))
                .stream()
                .filter(f -> f.rule() == EligibilityRule.EXCEPTIONAL_PROMOTION)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aStepByStepPromotionWithTheYearsIsRegular() {
        hold(PostLevel.TOWNSHIP_DEPUTY, "2015-01-01", "2017-01-01");
        hold(PostLevel.TOWNSHIP_PRINCIPAL, "2017-01-01", "2019-01-01").setTitle("first");
        hold(PostLevel.TOWNSHIP_PRINCIPAL, "2019-01-01", null);

        EligibilityFinding regular = exceptional(PostLevel.COUNTY_DEPUTY, "2025-01-01");

        assertThat(regular.outcome()).isEqualTo(Outcome.PASS);
        assertThat(regular.messageKey()).isEqualTo("eligibility.exceptional-promotion.regular");
    }

    @Test
    void exactlyOneYearAfterAPromotionAPogeIsPossibleButNotTheDayBefore() {
        hold(PostLevel.TOWNSHIP_DEPUTY, "2015-01-01", "2023-06-01");
        hold(PostLevel.TOWNSHIP_PRINCIPAL, "2023-06-01", null);

        EligibilityFinding onTheDay = exceptional(PostLevel.COUNTY_DEPUTY, "2024-06-01");
        EligibilityFinding dayBefore = exceptional(PostLevel.COUNTY_DEPUTY, "2024-05-31");

        assertThat(onTheDay.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(onTheDay.messageKey()).isEqualTo("eligibility.exceptional-promotion.exceptional");
        assertThat(onTheDay.waivableByException()).isTrue();
        assertThat(dayBefore.messageKey()).isEqualTo("eligibility.exceptional-promotion.within-year");
        assertThat(dayBefore.args()).containsExactly(11L, 1);
        assertThat(dayBefore.waivableByException()).isFalse();
        assertThat(dayBefore.force()).isEqualTo(RuleForce.HARD);
    }

    @Test
    void skippingOneRankIsAPogeAndSkippingTwoIsNeverAllowed() {
        hold(PostLevel.TOWNSHIP_DEPUTY, "2010-01-01", null);

        EligibilityFinding oneRank = exceptional(PostLevel.COUNTY_DEPUTY, "2025-01-01");
        EligibilityFinding twoRanks = exceptional(PostLevel.COUNTY_PRINCIPAL, "2025-01-01");

        assertThat(oneRank.messageKey()).isEqualTo("eligibility.exceptional-promotion.exceptional");
        assertThat(oneRank.args()).containsExactly(1);
        assertThat(twoRanks.messageKey()).isEqualTo("eligibility.exceptional-promotion.two-levels");
        assertThat(twoRanks.args()).containsExactly(2);
        assertThat(twoRanks.waivableByException()).isFalse();
    }

    @Test
    void noPogeDuringATrialYear() {
        hold(PostLevel.TOWNSHIP_DEPUTY, "2015-01-01", "2019-01-01");
        hold(PostLevel.TOWNSHIP_PRINCIPAL, "2019-01-01", null).setTrial(true);

        EligibilityFinding onTrial = exceptional(PostLevel.COUNTY_DEPUTY, "2020-06-01");

        assertThat(onTrial.messageKey()).isEqualTo("eligibility.exceptional-promotion.on-trial");
        assertThat(onTrial.waivableByException()).isFalse();
    }

    @Test
    void aRegularStepShortOfTheYearsInPostIsAPogeToo() {
        hold(PostLevel.TOWNSHIP_DEPUTY, "2015-01-01", "2023-01-01");
        hold(PostLevel.TOWNSHIP_PRINCIPAL, "2023-01-01", "2024-01-01").setTitle("first");
        hold(PostLevel.TOWNSHIP_PRINCIPAL, "2024-01-01", null);

        EligibilityFinding shortOfYears = exceptional(PostLevel.COUNTY_DEPUTY, "2025-06-01");
        EligibilityFinding withTheYears = exceptional(PostLevel.COUNTY_DEPUTY, "2026-01-01");

        assertThat(shortOfYears.messageKey()).isEqualTo("eligibility.exceptional-promotion.exceptional");
        assertThat(shortOfYears.args()).containsExactly(0);
        assertThat(withTheYears.messageKey()).isEqualTo("eligibility.exceptional-promotion.regular");
    }

    @Test
    void aSecondPogeOnTheYearsInARowIsNeverAllowed() {
        // County principal after one year as deputy (two required), now short of three years again.
        hold(PostLevel.COUNTY_DEPUTY, "2020-01-01", "2021-01-01");
        hold(PostLevel.COUNTY_PRINCIPAL, "2021-01-01", "2022-01-01").setTitle("first");
        hold(PostLevel.COUNTY_PRINCIPAL, "2022-01-01", null);

        EligibilityFinding second = exceptional(PostLevel.BUREAU_DEPUTY, "2023-06-01");

        assertThat(second.messageKey()).isEqualTo("eligibility.exceptional-promotion.consecutive");
        assertThat(second.waivableByException()).isFalse();
        assertThat(ExceptionalPromotion.lastPromotionShortOfYears(pack.parameters(), holdings))
                .isTrue();
        holdings.getFirst().setStartDate(LocalDate.parse("2019-01-01"));
        assertThat(ExceptionalPromotion.lastPromotionShortOfYears(pack.parameters(), holdings))
                .as("two years as deputy exactly")
                .isFalse();
    }
}
