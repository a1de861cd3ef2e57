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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each basic qualification at its edge, with the national pack. */
class EligibilityCheckTest {

    private static final UUID TOWNSHIP = UUID.randomUUID();
    private static final UUID BUREAU = UUID.randomUUID();

    private final Cadre cadre = new Cadre();
    private final List<PostHolding> holdings = new ArrayList<>();
    private final Map<UUID, UnitType> unitTypes = new HashMap<>(Map.of(
            TOWNSHIP, UnitType.TOWNSHIP,
            BUREAU, UnitType.WORKING_DEPARTMENT));
    private RulePack pack = Packs.nationalPack();

    EligibilityCheckTest() {
        cadre.setWorkStarted("200007");
        cadre.education().setFullTimeLevel(EducationLevel.UNIVERSITY);
        cadre.setHealth(Health.HEALTHY);
    }

    private PostHolding hold(UUID unit, String title, PostLevel level, boolean main, String from, String to) {
        PostHolding h = new PostHolding();
        h.setUnitId(unit);
        h.setUnitName(String.valueOf(unit));
        h.setTitle(title);
        h.setPostLevel(level);
        h.setPrincipal(level != null && level.principal());
        h.setMainPost(main);
        h.setStartDate(LocalDate.parse(from));
        h.setEndDate(to == null ? null : LocalDate.parse(to));
        holdings.add(h);
        return h;
    }

    /** A township principal since March 2022 after a deputy post in the township and a principal post in a bureau. */
    private void townshipPrincipalCareer() {
        hold(TOWNSHIP, "deputy", PostLevel.TOWNSHIP_DEPUTY, true, "2015-01-01", "2019-01-01");
        hold(BUREAU, "head", PostLevel.TOWNSHIP_PRINCIPAL, true, "2019-01-01", "2022-03-01");
        hold(TOWNSHIP, "secretary", PostLevel.TOWNSHIP_PRINCIPAL, true, "2022-03-01", null);
    }

    private List<EligibilityFinding> check(PostLevel target, String at) {
        return EligibilityCheck.check(
                pack, cadre, holdings, unitTypes, target, target.principal(), LocalDate.parse(at));
    }

    private EligibilityFinding finding(PostLevel target, String at, EligibilityRule rule) {
        return check(target, at).stream()
                .filter(f -> f.rule() == rule)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding for " + rule));
    }

    private static String reason(EligibilityFinding finding) {
        return finding.messageKey().substring(finding.messageKey().lastIndexOf('.') + 1);
    }

    @Test
    void aWellQualifiedTownshipPrincipalPassesEveryRuleButTrainingIsToBeConfirmed() {
        townshipPrincipalCareer();

        assertThat(check(PostLevel.COUNTY_DEPUTY, "2025-03-01"))
                .extracting(EligibilityFinding::rule, EligibilityFinding::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EligibilityRule.WORK_YEARS, Outcome.PASS),
                        org.assertj.core.groups.Tuple.tuple(EligibilityRule.GRASSROOTS_YEARS, Outcome.PASS),
                        org.assertj.core.groups.Tuple.tuple(EligibilityRule.LOWER_POSTS, Outcome.PASS),
                        org.assertj.core.groups.Tuple.tuple(EligibilityRule.TIME_IN_POST, Outcome.PASS),
                        org.assertj.core.groups.Tuple.tuple(EligibilityRule.EDUCATION, Outcome.PASS),
                        org.assertj.core.groups.Tuple.tuple(EligibilityRule.TRAINING, Outcome.WARNING),
                        org.assertj.core.groups.Tuple.tuple(EligibilityRule.HEALTH, Outcome.PASS),
                        org.assertj.core.groups.Tuple.tuple(EligibilityRule.EXCEPTIONAL_PROMOTION, Outcome.PASS));
    }

    @Test
    void fiveYearsOfWorkAreCompleteOnTheFifthAnniversary() {
        townshipPrincipalCareer();
        cadre.setWorkStarted("20200301");

        EligibilityFinding onTheDay = finding(PostLevel.COUNTY_DEPUTY, "2025-03-01", EligibilityRule.WORK_YEARS);
        EligibilityFinding dayBefore = finding(PostLevel.COUNTY_DEPUTY, "2025-02-28", EligibilityRule.WORK_YEARS);

        assertThat(onTheDay.outcome()).isEqualTo(Outcome.PASS);
        assertThat(onTheDay.args()).containsExactly(5, 5);
        assertThat(dayBefore.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(dayBefore.args()).containsExactly(4, 5);
    }

    @Test
    void aWorkStartThatIsMissingOrNotAFormDateIsToBeConfirmed() {
        cadre.setWorkStarted(null);
        assertThat(finding(PostLevel.COUNTY_DEPUTY, "2025-03-01", EligibilityRule.WORK_YEARS)
                        .outcome())
                .isEqualTo(Outcome.WARNING);
        cadre.setWorkStarted("2000");
        assertThat(reason(finding(PostLevel.COUNTY_DEPUTY, "2025-03-01", EligibilityRule.WORK_YEARS)))
                .isEqualTo("unknown");
    }

    @Test
    void twoYearsInATownshipAreCompleteOnTheSecondAnniversary() {
        hold(BUREAU, "head", PostLevel.TOWNSHIP_PRINCIPAL, true, "2015-01-01", "2023-06-01");
        hold(TOWNSHIP, "secretary", PostLevel.TOWNSHIP_PRINCIPAL, true, "2023-06-01", null);

        assertThat(finding(PostLevel.COUNTY_DEPUTY, "2025-06-01", EligibilityRule.GRASSROOTS_YEARS)
                        .outcome())
                .isEqualTo(Outcome.PASS);
        EligibilityFinding short1Day = finding(PostLevel.COUNTY_DEPUTY, "2025-05-31", EligibilityRule.GRASSROOTS_YEARS);
        assertThat(short1Day.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(short1Day.args()).containsExactly(1, 2);
    }

    @Test
    void aSidePostInTheTownshipAlongsideTheMainOneCountsOnce() {
        hold(TOWNSHIP, "secretary", PostLevel.TOWNSHIP_PRINCIPAL, true, "2024-01-01", null);
        hold(TOWNSHIP, "chair", PostLevel.TOWNSHIP_PRINCIPAL, false, "2024-01-01", null);

        assertThat(finding(PostLevel.COUNTY_DEPUTY, "2025-06-01", EligibilityRule.GRASSROOTS_YEARS)
                        .args())
                .containsExactly(1, 2);
    }

    @Test
    void aHoldingInAUnitOfUnknownTypeMakesMissingGrassrootsTimeAWarningNotAFailure() {
        hold(null, "clerk", null, true, "2010-01-01", "2015-01-01");
        hold(BUREAU, "head", PostLevel.TOWNSHIP_PRINCIPAL, true, "2015-01-01", null);

        EligibilityFinding finding = finding(PostLevel.COUNTY_DEPUTY, "2025-06-01", EligibilityRule.GRASSROOTS_YEARS);
        assertThat(finding.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(reason(finding)).isEqualTo("unknown");
        assertThat(finding.args()).containsExactly(0, 2, 1L);
    }

    @Test
    void aUnitMissingFromTheRegistryIsOfUnknownTypeToo() {
        UUID gone = UUID.randomUUID();
        hold(gone, "head", PostLevel.TOWNSHIP_PRINCIPAL, true, "2015-01-01", null);

        assertThat(finding(PostLevel.COUNTY_DEPUTY, "2025-06-01", EligibilityRule.GRASSROOTS_YEARS)
                        .outcome())
                .isEqualTo(Outcome.WARNING);
    }

    @Test
    void withoutAnyHoldingNothingCanBeCountedAndNothingPasses() {
        cadre.setPostLevel(PostLevel.TOWNSHIP_PRINCIPAL);

        assertThat(check(PostLevel.COUNTY_DEPUTY, "2025-06-01"))
                .filteredOn(
                        f -> f.rule() == EligibilityRule.GRASSROOTS_YEARS || f.rule() == EligibilityRule.LOWER_POSTS)
                .extracting(EligibilityCheckTest::reason)
                .containsExactly("no-records", "no-records");
    }

    @Test
    void theTownshipTypesOfThePackDecideWhatIsGrassroots() {
        hold(BUREAU, "head", PostLevel.TOWNSHIP_PRINCIPAL, true, "2015-01-01", null);
        pack = Packs.withLines("grassroots.unit-types=TOWNSHIP,WORKING_DEPARTMENT");

        assertThat(finding(PostLevel.COUNTY_DEPUTY, "2025-06-01", EligibilityRule.GRASSROOTS_YEARS)
                        .outcome())
                .isEqualTo(Outcome.PASS);
    }

    @Test
    void twoDifferentPostsAtTheLevelBelowAreNeeded() {
        townshipPrincipalCareer();
        EligibilityFinding finding = finding(PostLevel.COUNTY_DEPUTY, "2025-06-01", EligibilityRule.LOWER_POSTS);

        assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
        assertThat(finding.args()).containsExactly(2L, 2, PostLevel.TOWNSHIP_PRINCIPAL);
    }

    @Test
    void aReappointmentToTheSamePostAndSidePostsDoNotCountAsAnotherPost() {
        UUID position = UUID.randomUUID();
        hold(TOWNSHIP, "secretary", PostLevel.TOWNSHIP_PRINCIPAL, true, "2016-01-01", "2021-01-01")
                .setPositionId(position);
        hold(TOWNSHIP, "secretary", PostLevel.TOWNSHIP_PRINCIPAL, true, "2021-01-01", null)
                .setPositionId(position);
        hold(BUREAU, "head", PostLevel.TOWNSHIP_PRINCIPAL, false, "2021-01-01", null);

        EligibilityFinding finding = finding(PostLevel.COUNTY_DEPUTY, "2025-06-01", EligibilityRule.LOWER_POSTS);
        assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding.args()).first().isEqualTo(1L);
    }

    @Test
    void aDeputyBecomesPrincipalAfterTwoYearsAtTheDeputyLevel() {
        hold(TOWNSHIP, "secretary", PostLevel.TOWNSHIP_PRINCIPAL, true, "2012-01-01", "2023-03-01");
        hold(BUREAU, "deputy head", PostLevel.COUNTY_DEPUTY, true, "2023-03-01", null);

        assertThat(finding(PostLevel.COUNTY_PRINCIPAL, "2025-03-01", EligibilityRule.TIME_IN_POST)
                        .outcome())
                .isEqualTo(Outcome.PASS);
        EligibilityFinding early = finding(PostLevel.COUNTY_PRINCIPAL, "2025-02-28", EligibilityRule.TIME_IN_POST);
        assertThat(early.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(reason(early)).isEqualTo("fail-deputy");
        assertThat(early.args()).containsExactly(1, 2);
    }

    @Test
    void aLowerPrincipalBecomesUpperDeputyAfterThreeYearsAsPrincipal() {
        townshipPrincipalCareer();
        // principal since 2019-01-01 (bureau head, then township secretary: one run at the level)
        assertThat(finding(PostLevel.COUNTY_DEPUTY, "2022-01-01", EligibilityRule.TIME_IN_POST)
                        .outcome())
                .isEqualTo(Outcome.PASS);
        EligibilityFinding early = finding(PostLevel.COUNTY_DEPUTY, "2021-12-31", EligibilityRule.TIME_IN_POST);
        assertThat(early.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(reason(early)).isEqualTo("fail-principal");
        assertThat(early.args()).containsExactly(2, 3);
    }

    @Test
    void theDateTheFileRecordsForTheLevelCountsFirst() {
        townshipPrincipalCareer();
        cadre.setLevelSince(LocalDate.of(2023, 1, 1));

        assertThat(finding(PostLevel.COUNTY_DEPUTY, "2025-06-01", EligibilityRule.TIME_IN_POST)
                        .outcome())
                .isEqualTo(Outcome.FAIL);
    }

    @Test
    void aPromotionThatSkipsAStepIsAWarningForTheExceptionalRoute() {
        hold(TOWNSHIP, "deputy", PostLevel.TOWNSHIP_DEPUTY, true, "2015-01-01", null);

        EligibilityFinding finding = finding(PostLevel.COUNTY_DEPUTY, "2025-06-01", EligibilityRule.TIME_IN_POST);
        assertThat(finding.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(reason(finding)).isEqualTo("skip");
    }

    @Test
    void aCadreWithoutALeadershipPostHasNoKnownTimeInPost() {
        hold(TOWNSHIP, "clerk", null, true, "2015-01-01", null);

        assertThat(reason(finding(PostLevel.COUNTY_DEPUTY, "2025-06-01", EligibilityRule.TIME_IN_POST)))
                .isEqualTo("unknown");
    }

    @Test
    void aTransferAtTheSameLevelIsCheckedOnlyForEducationTrainingAndHealth() {
        hold(BUREAU, "deputy head", PostLevel.COUNTY_DEPUTY, true, "2024-01-01", null);

        assertThat(check(PostLevel.COUNTY_DEPUTY, "2025-06-01"))
                .extracting(EligibilityFinding::rule)
                .containsExactly(EligibilityRule.EDUCATION, EligibilityRule.TRAINING, EligibilityRule.HEALTH);
    }

    @Test
    void aPromotionWithinTheTownshipLevelHasNoCountyLevelRules() {
        hold(TOWNSHIP, "deputy", PostLevel.TOWNSHIP_DEPUTY, true, "2024-01-01", null);

        assertThat(check(PostLevel.TOWNSHIP_PRINCIPAL, "2025-06-01"))
                .extracting(EligibilityFinding::rule)
                .containsExactly(
                        EligibilityRule.EDUCATION,
                        EligibilityRule.TRAINING,
                        EligibilityRule.HEALTH,
                        EligibilityRule.EXCEPTIONAL_PROMOTION);
    }

    @Test
    void aBureauLevelPromotionNeedsTheLowerPostsAndTimeButNotTheCountyEntryRules() {
        hold(BUREAU, "head", PostLevel.COUNTY_PRINCIPAL, true, "2015-01-01", null);

        assertThat(check(PostLevel.BUREAU_DEPUTY, "2025-06-01"))
                .extracting(EligibilityFinding::rule)
                .containsExactly(
                        EligibilityRule.LOWER_POSTS,
                        EligibilityRule.TIME_IN_POST,
                        EligibilityRule.EDUCATION,
                        EligibilityRule.TRAINING,
                        EligibilityRule.HEALTH,
                        EligibilityRule.EXCEPTIONAL_PROMOTION);
    }

    @Test
    void aCollegeDiplomaIsEnoughUpToCountyLevelButNotForBureauLevel() {
        cadre.education().setFullTimeLevel(EducationLevel.COLLEGE);

        assertThat(finding(PostLevel.COUNTY_PRINCIPAL, "2025-06-01", EligibilityRule.EDUCATION)
                        .outcome())
                .isEqualTo(Outcome.PASS);
        EligibilityFinding bureau = finding(PostLevel.BUREAU_DEPUTY, "2025-06-01", EligibilityRule.EDUCATION);
        assertThat(bureau.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(bureau.args()).containsExactly(EducationLevel.COLLEGE, EducationLevel.UNIVERSITY);
    }

    @Test
    void theHigherOfFullTimeAndInServiceEducationCounts() {
        cadre.education().setFullTimeLevel(EducationLevel.COLLEGE);
        cadre.education().setInServiceLevel(EducationLevel.POSTGRADUATE);

        assertThat(finding(PostLevel.BUREAU_DEPUTY, "2025-06-01", EligibilityRule.EDUCATION)
                        .outcome())
                .isEqualTo(Outcome.PASS);
    }

    @Test
    void belowCollegeFailsAndNoEducationIsToBeConfirmed() {
        cadre.education().setFullTimeLevel(EducationLevel.SECONDARY_VOCATIONAL);
        assertThat(finding(PostLevel.TOWNSHIP_DEPUTY, "2025-06-01", EligibilityRule.EDUCATION)
                        .outcome())
                .isEqualTo(Outcome.FAIL);

        cadre.education().setFullTimeLevel(null);
        assertThat(finding(PostLevel.TOWNSHIP_DEPUTY, "2025-06-01", EligibilityRule.EDUCATION)
                        .outcome())
                .isEqualTo(Outcome.WARNING);
    }

    @Test
    void theTrainingReminderFollowsThePack() {
        pack = Packs.withLines("training.outcome=OFF");

        assertThat(check(PostLevel.TOWNSHIP_DEPUTY, "2025-06-01"))
                .extracting(EligibilityFinding::rule)
                .doesNotContain(EligibilityRule.TRAINING);
    }

    @Test
    void fairHealthPassesAndPoorOrUnknownHealthIsToBeConfirmed() {
        cadre.setHealth(Health.FAIR);
        assertThat(finding(PostLevel.TOWNSHIP_DEPUTY, "2025-06-01", EligibilityRule.HEALTH)
                        .outcome())
                .isEqualTo(Outcome.PASS);

        cadre.setHealth(Health.POOR);
        EligibilityFinding poor = finding(PostLevel.TOWNSHIP_DEPUTY, "2025-06-01", EligibilityRule.HEALTH);
        assertThat(poor.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(reason(poor)).isEqualTo("confirm");

        cadre.setHealth(null);
        assertThat(reason(finding(PostLevel.TOWNSHIP_DEPUTY, "2025-06-01", EligibilityRule.HEALTH)))
                .isEqualTo("unknown");
    }

    @Test
    void valuesWithLabelsNameTheirMessageKeys() {
        assertThat(EligibilityFinding.labelKey(EducationLevel.COLLEGE)).isEqualTo("cadre.education-level.COLLEGE");
        assertThat(EligibilityFinding.labelKey(PostLevel.COUNTY_DEPUTY)).isEqualTo("cadre.post-level.COUNTY_DEPUTY");
        assertThat(EligibilityFinding.labelKey(Health.POOR)).isEqualTo("cadre.health.POOR");
        assertThat(EligibilityFinding.labelKey(5)).isNull();
    }
}
