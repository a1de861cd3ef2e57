package cn.zugong.ui.selection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.Checks;
import cn.zugong.core.selection.domain.PublicitySkipGround;
import cn.zugong.core.selection.domain.SelectionCandidate;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inspection's three saves (notice, checks, exceptional promotion) each say what they recorded,
 * and a save of the checks with one missing names it (DOMAIN 4.8); the publicity is skipped only on
 * a ground of the regulation (DOMAIN 4.1).
 */
class InspectionFormsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 10);

    private final List<Object> calls = new ArrayList<>();
    private CaseFixture fixture;
    private UUID wang;

    @BeforeAll
    static void useThePortalsTranslations() {
        System.setProperty("vaadin.i18n.provider", "cn.zugong.ui.i18n.PortalI18NProvider");
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes().autoDiscoverViews("cn.zugong.ui"));
        fixture = new CaseFixture(SelectionStep.INSPECTION);
        wang = fixture.candidate("王明", true);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    /** Calls that record what they are given, as the service would. */
    private CaseCalls calls() {
        return new CaseCalls(fixture.selectionCase.getId(), null) {
            @Override
            SelectionCandidate recordChecks(UUID cadreId, Checks checks) {
                calls.add(checks);
                SelectionCandidate k = new SelectionCandidate(fixture.selectionCase.getId());
                k.setCadreId(cadreId);
                k.setFileReviewedOn(checks.fileReviewedOn());
                k.setMattersCheckedOn(checks.mattersCheckedOn());
                k.setDisciplineOpinionOn(checks.disciplineOpinionOn());
                k.setPetitionsCheckedOn(checks.petitionsCheckedOn());
                k.setIntegritySignedOn(checks.integritySignedOn());
                return k;
            }

            @Override
            void recordExceptional(UUID cadreId, boolean exceptional, String approval) {
                calls.add(exceptional + ":" + approval);
            }

            @Override
            void recordNotice(LocalDate on, LocalDate inspectionFrom, String team) {
                calls.add(on + ":" + team);
            }

            @Override
            void skipPublicity(PublicitySkipGround ground, String explanation) {
                calls.add(ground + ":" + explanation);
            }
        };
    }

    private ChecksForm checksForm() {
        ChecksForm form = new ChecksForm(fixture.context(true), calls(), fixture.candidates.getFirst());
        UI.getCurrent().add(form);
        return form;
    }

    private static void click(StepForm form, String id) {
        form.getChildren()
                .filter(c -> c instanceof Button && id.equals(c.getId().orElse(null)))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow()
                .click();
    }

    private static List<String> shown() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    private static String shownId() {
        return NotificationsKt.getNotifications().stream()
                .map(Notification::getId)
                .map(id -> id.orElse(""))
                .findFirst()
                .orElse("");
    }

    @Test
    void savingFourOfFiveChecksSavesThemAndNamesTheOneMissing() {
        ChecksForm form = checksForm();
        assertThat(form.status.getText())
                .isEqualTo("凡提四必和廉洁自律结论：已完成 0/5 项，尚缺：干部人事档案审核、个人有关事项报告查核、" + "纪检监察机关意见、信访举报核查、廉洁自律结论。");
        form.fileReviewed.setValue(DAY);
        form.mattersChecked.setValue(DAY);
        form.disciplineOpinion.setValue(DAY);
        form.petitionsChecked.setValue(DAY);

        click(form, "checks-0-save");

        assertThat(calls).singleElement().isInstanceOf(Checks.class);
        assertThat(shown()).containsExactly("已保存王明的查核情况：已完成 4/5 项，尚缺：廉洁自律结论。各项完成前不能结束考察。");
        assertThat(shownId()).isEqualTo("selection-notice");
        assertThat(fixture.changes).isEqualTo(1);
    }

    @Test
    void savingAllFiveChecksSaysTheyAreComplete() {
        ChecksForm form = checksForm();
        form.fileReviewed.setValue(DAY);
        form.mattersChecked.setValue(DAY);
        form.disciplineOpinion.setValue(DAY);
        form.petitionsChecked.setValue(DAY);
        form.integritySigned.setValue(DAY);

        click(form, "checks-0-save");

        assertThat(shown()).containsExactly("已保存王明的凡提四必和廉洁自律结论，5 项均已完成。");
        assertThat(shownId()).isEqualTo("selection-saved");
    }

    @Test
    void savingTheExceptionalPromotionSaysWhatWasRecorded() {
        ChecksForm form = checksForm();
        form.exceptional.setValue(true);

        click(form, "checks-0-exceptional-save");
        assertThat(shown()).containsExactly("已保存：王明为破格提拔，尚缺上级组织部门批复，讨论决定前须取得。");

        NotificationsKt.clearNotifications();
        form.approval.setValue("市委组织部复函〔2026〕3号");
        click(form, "checks-0-exceptional-save");
        assertThat(shown()).containsExactly("已保存：王明为破格提拔，上级组织部门批复：市委组织部复函〔2026〕3号。");
        assertThat(calls).containsExactly("true:", "true:市委组织部复函〔2026〕3号");
    }

    @Test
    void savingTheNoticeSaysWhenAndWhichTeam() {
        NoticeForm form = new NoticeForm(fixture.context(true), calls());
        UI.getCurrent().add(form);
        form.on.setValue(DAY);
        form.team.setValue("区委组织部考察组");

        click(form, "notice-save");

        assertThat(shown()).containsExactly("已保存考察预告：2026-09-10 发布，考察组：区委组织部考察组。");
    }

    @Test
    void thePublicityIsSkippedOnlyOnAGroundOfTheRegulation() {
        fixture.selectionCase.setStep(SelectionStep.PUBLICITY);
        fixture.selectionCase.setDecidedOn(DAY);
        PublicityForm form = new PublicityForm(fixture.context(true), calls());
        UI.getCurrent().add(form);

        // Not a general election: being publicized at one is no ground here.
        assertThat(form.skipGround.getListDataView().getItems())
                .containsExactly(PublicitySkipGround.SPECIAL_POST, PublicitySkipGround.NOT_A_PROMOTION);
        form.skipGround.setValue(PublicitySkipGround.SPECIAL_POST);
        form.skipReason.setValue("涉密岗位");
        click(form, "publicity-skip");

        assertThat(calls).containsExactly("SPECIAL_POST:涉密岗位");
        assertThat(shown()).containsExactly("已保存：不公示，依据：特殊岗位。");

        fixture.selectionCase.setGeneralElection(true);
        PublicityForm election = new PublicityForm(fixture.context(true), calls());
        assertThat(election.skipGround.getListDataView().getItems())
                .contains(PublicitySkipGround.PUBLICIZED_AT_ELECTION);
    }
}
