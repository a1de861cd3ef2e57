package cn.zugong.ui.selection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.SelectionStep;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each step's section shows the step's form to a writer while the case is at that step, and
 * nothing to fill in to a reader: the ids a browser test finds there.
 */
class StepSectionsTest {

    @BeforeAll
    static void useThePortalsTranslations() {
        System.setProperty("vaadin.i18n.provider", "cn.zugong.ui.i18n.PortalI18NProvider");
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes().autoDiscoverViews("cn.zugong.ui"));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static CaseFixture at(SelectionStep step) {
        CaseFixture fixture = new CaseFixture(step);
        fixture.candidate("王明", true);
        fixture.candidate("李红", true);
        fixture.candidate("赵刚", false);
        fixture.selectionCase.setDecidedOn(LocalDate.now().minusDays(10));
        return fixture;
    }

    private static Set<String> ids(CaseFixture fixture, SelectionStep section, boolean writable) {
        CaseContext context = fixture.context(writable);
        CaseCalls calls = new CaseCalls(fixture.selectionCase.getId(), null) {
            @Override
            boolean trialProposed() {
                return true;
            }
        };
        Details details = StepSections.section(context, calls, section, Map.of());
        UI.getCurrent().add(details);
        Set<String> ids = new HashSet<>();
        collect(details, ids);
        return ids;
    }

    private static void collect(Component component, Set<String> ids) {
        component.getId().ifPresent(ids::add);
        component.getChildren().forEach(child -> collect(child, ids));
    }

    @Test
    void theRecommendationForm() {
        assertThat(ids(at(SelectionStep.RECOMMENDATION), SelectionStep.RECOMMENDATION, true))
                .contains(
                        "step-RECOMMENDATION",
                        "recommendation-on",
                        "recommendation-expected",
                        "recommendation-present",
                        "recommendation-targeted",
                        "tally-0-interview",
                        "tally-2-meeting",
                        "recommendation-save",
                        "gates-RECOMMENDATION",
                        "gates-recheck");
    }

    @Test
    void theChoiceOfTheInspected() {
        assertThat(ids(at(SelectionStep.CANDIDATES), SelectionStep.CANDIDATES, true))
                .contains("inspected-choice", "inspected-save");
    }

    @Test
    void theNoticeAndEachInspectedCandidatesChecks() {
        Set<String> ids = ids(at(SelectionStep.INSPECTION), SelectionStep.INSPECTION, true);

        assertThat(ids)
                .contains(
                        "notice-on",
                        "notice-team",
                        "notice-save",
                        "checks-0-file",
                        "checks-0-matters",
                        "checks-0-discipline",
                        "checks-0-petitions",
                        "checks-0-integrity",
                        "checks-0-note",
                        "checks-0-save",
                        "checks-0-exceptional",
                        "checks-0-approval",
                        "checks-0-exceptional-save",
                        "checks-1-save")
                .doesNotContain("checks-2-save");
    }

    @Test
    void theChecksStayOpenAtTheDecisionInTheInspectionSection() {
        assertThat(ids(at(SelectionStep.DECISION), SelectionStep.INSPECTION, true))
                .contains("checks-0-save")
                .doesNotContain("notice-save");
    }

    @Test
    void theDecisionMeetingWithItsVoteGrid() {
        assertThat(ids(at(SelectionStep.DECISION), SelectionStep.DECISION, true))
                .contains(
                        "meeting-body",
                        "meeting-held-on",
                        "meeting-method",
                        "meeting-total",
                        "meeting-present",
                        "meeting-minutes",
                        "meeting-quorum",
                        "meeting-votes",
                        "vote-member",
                        "vote-add-member",
                        "vote-all-agree",
                        "meeting-save");
    }

    @Test
    void theInspectionStartAndTheDualConsultationUntilTheDecision() {
        assertThat(ids(at(SelectionStep.INSPECTION), SelectionStep.INSPECTION, true))
                .contains(
                        "notice-inspection-from",
                        "dual-manager",
                        "dual-consulted-on",
                        "dual-reply",
                        "dual-replied-on",
                        "dual-save");
        assertThat(ids(at(SelectionStep.DECISION), SelectionStep.DECISION, true))
                .contains("dual-save");
        assertThat(ids(at(SelectionStep.DECISION), SelectionStep.DECISION, false))
                .doesNotContain("dual-save");
    }

    @Test
    void thePublicityStartsOrIsSkipped() {
        assertThat(ids(at(SelectionStep.PUBLICITY), SelectionStep.PUBLICITY, true))
                .contains(
                        "publicity-from",
                        "publicity-days",
                        "publicity-end",
                        "publicity-start",
                        "publicity-skip-ground",
                        "publicity-skip-reason",
                        "publicity-skip")
                .doesNotContain("objection-add");
    }

    @Test
    void aStartedPublicityTakesReports() {
        CaseFixture fixture = at(SelectionStep.PUBLICITY);
        fixture.selectionCase.publicity().setPublicityFrom(LocalDate.now().minusDays(2));
        fixture.selectionCase.publicity().setPublicityTo(LocalDate.now().plusDays(5));

        assertThat(ids(fixture, SelectionStep.PUBLICITY, true))
                .contains("record-publicity", "objection-received-on", "objection-summary", "objection-add")
                .doesNotContain("publicity-start");
    }

    @Test
    void theAppointmentAndTheEndOfTheTrial() {
        assertThat(ids(at(SelectionStep.APPOINTMENT), SelectionStep.APPOINTMENT, true))
                .contains(
                        "appointment-document-no",
                        "appointment-issued-on",
                        "appointment-talk-on",
                        "appointment-trial",
                        "appointment-save");
        assertThat(ids(at(SelectionStep.PROBATION), SelectionStep.PROBATION, true))
                .contains("probation-confirmed", "probation-ended-on", "probation-note", "probation-save");
    }

    @Test
    void aReaderFindsNothingToFillIn() {
        for (SelectionStep step : SelectionStep.values()) {
            Set<String> ids = ids(at(step), step, false);
            assertThat(ids).as(step.name()).contains("step-" + step.name());
            assertThat(ids)
                    .as(step.name())
                    .noneMatch(id -> id.endsWith("-save")
                            || id.endsWith("-start")
                            || id.endsWith("-add")
                            || id.equals("gates-recheck"));
        }
    }

    @Test
    void aWriterFindsNoFormOfAStepTheCaseIsNotAt() {
        assertThat(ids(at(SelectionStep.PUBLICITY), SelectionStep.RECOMMENDATION, true))
                .doesNotContain("recommendation-save", "gates-recheck");
    }
}
