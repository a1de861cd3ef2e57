package cn.zugong.plugin.rotation.due;

import static cn.zugong.plugin.rotation.testing.Careers.COURT;
import static cn.zugong.plugin.rotation.testing.Careers.EDUCATION;
import static cn.zugong.plugin.rotation.testing.Careers.GOVERNMENT;
import static cn.zugong.plugin.rotation.testing.Careers.PARTY;
import static cn.zugong.plugin.rotation.testing.Careers.career;
import static cn.zugong.plugin.rotation.testing.Careers.held;
import static cn.zugong.plugin.rotation.testing.Careers.key;
import static cn.zugong.plugin.rotation.testing.Careers.organs;
import static cn.zugong.plugin.rotation.testing.Careers.post;
import static cn.zugong.plugin.rotation.testing.Careers.rules;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.plugin.rotation.rules.RuleValues;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DueCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static List<Due> due(RuleValues rules, CadreCareer career, LocalDate today) {
        return new DueCalculator(rules, organs()).of(career, List.of(), today);
    }

    private static Optional<Due> rule(List<Due> due, DueRule rule) {
        return due.stream().filter(d -> d.rule() == rule).findFirst();
    }

    @Test
    void aLeadershipMemberExactlyTenYearsInTheSamePostMustMove_VE3_交流规定第五条() {
        CadreCareer deputy = career("王副书记", held(PARTY, "副书记", "COUNTY_DEPUTY", false, TODAY.minusYears(10)));

        Due must = rule(due(rules(), deputy, TODAY), DueRule.SAME_POST).orElseThrow();

        assertThat(must.dueOn()).isEqualTo(TODAY);
        assertThat(must.dueBy(TODAY)).isTrue();
        assertThat(must.dueBy(TODAY.minusDays(1)))
                .as("one day short of 10 years")
                .isFalse();
        assertThat(must.rule().list()).isEqualTo(DueRule.DueList.MUST);
    }

    @Test
    void aReappointmentToTheSamePostDoesNotRestartTheTenYears_VE3() {
        LocalDate start = TODAY.minusYears(10);
        CadreCareer deputy = career(
                "李副区长",
                post(
                        GOVERNMENT,
                        "副区长",
                        "COUNTY_DEPUTY",
                        false,
                        start,
                        start.plusYears(5).minusDays(1)),
                held(
                        GOVERNMENT,
                        "副区长",
                        "COUNTY_DEPUTY",
                        false,
                        start.plusYears(5).plusDays(20)));

        assertThat(rule(due(rules(), deputy, TODAY), DueRule.SAME_POST)
                        .orElseThrow()
                        .dueOn())
                .isEqualTo(TODAY);
    }

    @Test
    void aDepartmentPostIsNotOnTheMustListOfTheLeadership_VE3() {
        CadreCareer director = career("赵局长", held(EDUCATION, "局长", "TOWNSHIP_PRINCIPAL", true, TODAY.minusYears(12)));

        assertThat(rule(due(rules(), director, TODAY), DueRule.SAME_POST)).isEmpty();
    }

    @Test
    void tenYearsAtTheSameLevelAcrossTheRegionsLeadershipShouldMove_VE3_交流规定第五条() {
        LocalDate start = TODAY.minusYears(10);
        CadreCareer deputy = career(
                "周常委",
                post(GOVERNMENT, "副区长", "COUNTY_DEPUTY", false, start, start.plusYears(4)),
                held(PARTY, "常委", "COUNTY_DEPUTY", false, start.plusYears(4).plusDays(1)));

        List<Due> due = due(rules(), deputy, TODAY);

        assertThat(rule(due, DueRule.SAME_LEVEL).orElseThrow().dueOn()).isEqualTo(TODAY);
        assertThat(rule(due, DueRule.SAME_POST).orElseThrow().dueBy(TODAY))
                .as("only 6 years in this post")
                .isFalse();
    }

    @Test
    void aKeyDepartmentPrincipalExactlyFiveYearsInPostMustMoveWhereTheProvinceSaysSo_VE7_tsnu() {
        CadreCareer president = career("孙院长", held(COURT, "院长", "COUNTY_PRINCIPAL", true, TODAY.minusYears(5)));

        assertThat(rule(due(rules(), president, TODAY), DueRule.KEY_PRINCIPAL))
                .as("off nationally")
                .isEmpty();
        Due must = rule(due(rules("keyPrincipal.enabled", "true"), president, TODAY), DueRule.KEY_PRINCIPAL)
                .orElseThrow();
        assertThat(must.dueOn()).isEqualTo(TODAY);
        assertThat(must.dueBy(TODAY.minusDays(1))).isFalse();
    }

    @Test
    void aPositionFlaggedAsKeyPostCountsAsAKeyDepartment_VE7() {
        CadreCareer minister =
                career("吴部长", key(held(EDUCATION, "局长", "TOWNSHIP_PRINCIPAL", true, TODAY.minusYears(6))));

        assertThat(rule(due(rules("keyPrincipal.enabled", "true"), minister, TODAY), DueRule.KEY_PRINCIPAL))
                .isPresent();
    }

    @Test
    void twoConsecutiveTermsInOnePostEndTenYearsAfterItsStart_VE4_任期规定第六条() {
        CadreCareer president = career("郑院长", held(COURT, "院长", "COUNTY_PRINCIPAL", true, TODAY.minusYears(10)));

        Due terms =
                rule(due(rules(), president, TODAY), DueRule.CONSECUTIVE_TERMS).orElseThrow();

        assertThat(terms.dueOn()).isEqualTo(TODAY);
        assertThat(terms.rule().list()).isEqualTo(DueRule.DueList.TERMS);
    }

    @Test
    void whereMoreThanThreeYearsCountAsATermTheSecondTermCountsAfterThreeYears_VE4_local2005() {
        LocalDate start = LocalDate.of(2016, 12, 7);
        CadreCareer president = career("郑院长", held(COURT, "院长", "COUNTY_PRINCIPAL", true, start));

        Due terms = rule(due(rules("term.fullAfter.years", "3"), president, TODAY), DueRule.CONSECUTIVE_TERMS)
                .orElseThrow();

        assertThat(terms.dueOn()).isEqualTo(LocalDate.of(2024, 12, 8));
    }

    @Test
    void exactlyFifteenYearsInAllAtTheSameLevelCloseTheLevel_VE4_任期规定第七条() {
        CadreCareer deputy = career("冯副书记", held(PARTY, "副书记", "COUNTY_DEPUTY", false, TODAY.minusYears(15)));

        Due cumulative =
                rule(due(rules(), deputy, TODAY), DueRule.CUMULATIVE_LEVEL).orElseThrow();

        assertThat(cumulative.dueOn()).isEqualTo(TODAY);
        assertThat(cumulative.dueBy(TODAY.minusDays(1))).isFalse();
    }

    @Test
    void earlierYearsAtTheLevelCountTowardsTheFifteen_VE4_任期规定第七条() {
        LocalDate earlier = LocalDate.of(2001, 1, 1);
        LocalDate now = LocalDate.of(2020, 1, 1);
        CadreCareer deputy = career(
                "陈副区长",
                post(GOVERNMENT, "副区长", "COUNTY_DEPUTY", false, earlier, LocalDate.of(2011, 1, 1)),
                post(EDUCATION, "局长", "TOWNSHIP_PRINCIPAL", true, LocalDate.of(2011, 6, 1), LocalDate.of(2019, 12, 1)),
                held(PARTY, "常委", "COUNTY_DEPUTY", false, now));

        Due cumulative =
                rule(due(rules(), deputy, TODAY), DueRule.CUMULATIVE_LEVEL).orElseThrow();

        // 3,652 days (2001-2011) already served: 15 years from 2020-01-01 less those days.
        assertThat(cumulative.dueOn()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(cumulative.dueBy(TODAY)).as("10 + almost 7 years").isTrue();
    }
}
