package cn.zugong.core.cadre.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.validation.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the parts of a cadre file: holdings, relatives, assessments, rewards. */
class CadrePartRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    private static PostHolding holding(LocalDate start, LocalDate end, boolean main) {
        PostHolding h = new PostHolding();
        h.setUnitName("Unit");
        h.setTitle("Director");
        h.setStartDate(start);
        h.setEndDate(end);
        h.setMainPost(main);
        return h;
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aHoldingMayNotEndBeforeItStarts() {
        PostHolding h = holding(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 4, 30), true);

        assertThat(keys(CadrePartRules.holding(h, List.of())))
                .containsExactly("endDate:cadre.holding.error.end-before-start");
    }

    @Test
    void aHoldingMayEndOnTheDayItStarts() {
        PostHolding h = holding(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 1), true);

        assertThat(CadrePartRules.holding(h, List.of())).isEmpty();
    }

    @Test
    void aCadreHasAtMostOneOpenMainPost() {
        PostHolding current = holding(LocalDate.of(2018, 1, 1), null, true);
        PostHolding second = holding(LocalDate.of(2021, 1, 1), null, true);

        assertThat(keys(CadrePartRules.holding(second, List.of(current))))
                .containsExactly("mainPost:cadre.holding.error.open-main");
    }

    @Test
    void anOpenSidePostOrAClosedMainPostBesideTheCurrentOneIsFine() {
        PostHolding current = holding(LocalDate.of(2018, 1, 1), null, true);

        assertThat(CadrePartRules.holding(holding(LocalDate.of(2021, 1, 1), null, false), List.of(current)))
                .isEmpty();
        assertThat(CadrePartRules.holding(
                        holding(LocalDate.of(2010, 1, 1), LocalDate.of(2017, 12, 31), true), List.of(current)))
                .isEmpty();
    }

    @Test
    void editingTheOpenMainPostDoesNotCollideWithItself() {
        PostHolding current = holding(LocalDate.of(2018, 1, 1), null, true);

        assertThat(CadrePartRules.holding(current, List.of(current))).isEmpty();
    }

    @Test
    void aHoldingNeedsAUnitATitleAndAStart() {
        PostHolding h = new PostHolding();
        h.setTermNumber(0);

        assertThat(keys(CadrePartRules.holding(h, List.of())))
                .containsExactlyInAnyOrder(
                        "unitName:cadre.error.required",
                        "title:cadre.error.required",
                        "startDate:cadre.error.required",
                        "termNumber:cadre.holding.error.term");
    }

    private static FamilyMember relative(String birth) {
        FamilyMember m = new FamilyMember();
        m.setRelation("Wife");
        m.setKinshipClass(KinshipClass.SPOUSE);
        m.setName("Someone");
        m.setBirth(birth);
        return m;
    }

    @Test
    void aRelativesBirthIsAFormMonthOrDay() {
        assertThat(CadrePartRules.family(relative("198512"))).isEmpty();
        assertThat(CadrePartRules.family(relative("19851231"))).isEmpty();
        assertThat(CadrePartRules.family(relative(null))).isEmpty();
        assertThat(keys(CadrePartRules.family(relative("198513")))).containsExactly("birth:cadre.family.error.birth");
        assertThat(keys(CadrePartRules.family(relative("1985.12")))).containsExactly("birth:cadre.family.error.birth");
        assertThat(CadrePartRules.family(relative("198513")).getFirst().args()).containsExactly("198513");
    }

    @Test
    void aRelativeNeedsRelationKinshipClassAndName() {
        assertThat(keys(CadrePartRules.family(new FamilyMember())))
                .containsExactlyInAnyOrder(
                        "relation:cadre.error.required",
                        "kinshipClass:cadre.error.required",
                        "name:cadre.error.required");
    }

    private static Assessment assessment(int year, AssessmentGrade grade, String note) {
        Assessment a = new Assessment();
        a.setYear(year);
        a.setGrade(grade);
        a.setNote(note);
        return a;
    }

    @Test
    void anAssessmentYearIsNotInTheFuture() {
        assertThat(keys(CadrePartRules.assessment(assessment(2026, AssessmentGrade.COMPETENT, null), List.of(), TODAY)))
                .containsExactly("year:cadre.assessment.error.future");
        assertThat(CadrePartRules.assessment(assessment(2025, AssessmentGrade.COMPETENT, null), List.of(), TODAY))
                .isEmpty();
    }

    @Test
    void aYearIsAssessedOncePerCadre() {
        Assessment recorded = assessment(2023, AssessmentGrade.EXCELLENT, null);

        assertThat(keys(CadrePartRules.assessment(
                        assessment(2023, AssessmentGrade.COMPETENT, null), List.of(recorded), TODAY)))
                .containsExactly("year:cadre.assessment.error.taken");
        assertThat(CadrePartRules.assessment(recorded, List.of(recorded), TODAY))
                .isEmpty();
    }

    @Test
    void noGradeNeedsItsReason() {
        assertThat(keys(CadrePartRules.assessment(assessment(2024, AssessmentGrade.UNGRADED, " "), List.of(), TODAY)))
                .containsExactly("note:cadre.assessment.error.reason");
        assertThat(CadrePartRules.assessment(
                        assessment(2024, AssessmentGrade.UNGRADED, "Sanction in force"), List.of(), TODAY))
                .isEmpty();
    }

    @Test
    void anAssessmentNeedsAGradeAndAPlausibleYear() {
        assertThat(keys(CadrePartRules.assessment(assessment(0, null, null), List.of(), TODAY)))
                .containsExactlyInAnyOrder("year:cadre.assessment.error.year", "grade:cadre.error.required");
    }

    @Test
    void aRewardIsDecidedNotLaterThanToday() {
        RewardPunishment r = new RewardPunishment();
        r.setKind(RewardKind.REWARD);
        r.setTitle("Commendation");
        r.setDecidedOn(TODAY.plusDays(1));

        assertThat(keys(CadrePartRules.reward(r, TODAY))).containsExactly("decidedOn:cadre.error.future");
        r.setDecidedOn(TODAY);
        assertThat(CadrePartRules.reward(r, TODAY)).isEmpty();
    }
}
