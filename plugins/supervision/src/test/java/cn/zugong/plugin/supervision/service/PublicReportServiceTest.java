package cn.zugong.plugin.supervision.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.intake.IntakeAttachment;
import cn.zugong.api.intake.IntakeCandidate;
import cn.zugong.api.intake.IntakeOutcome;
import cn.zugong.api.intake.IntakeSubmission;
import cn.zugong.api.notice.Notice;
import cn.zugong.plugin.supervision.SupervisionPermissions;
import cn.zugong.plugin.supervision.data.PublicReportEntity;
import cn.zugong.plugin.supervision.data.ReportFileEntity;
import cn.zugong.plugin.supervision.extension.PublicReports;
import cn.zugong.plugin.supervision.report.Assignment;
import cn.zugong.plugin.supervision.report.Conclusion;
import cn.zugong.plugin.supervision.report.HandlingType;
import cn.zugong.plugin.supervision.report.ReportCategory;
import cn.zugong.plugin.supervision.report.ReportChannel;
import cn.zugong.plugin.supervision.report.ReportStatus;
import cn.zugong.plugin.supervision.testing.SupervisionContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.RecordedAudit;
import cn.zugong.testkit.context.TestTenancy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reports from the public page, as the platform hands them to the plugin: kept as received web
 * reports of the chosen county with their candidate and files, a notice to the holders of the
 * reports permission only, registered by an officer, and a receipt that reads the state and the
 * conclusion, never the findings; Pidu reads none of it.
 */
class PublicReportServiceTest {

    private InMemoryPluginContext context;
    private PublicReports form;
    private CadreRef candidate;

    @BeforeEach
    void setUp() {
        context = SupervisionContext.create();
        form = new PublicReports(context);
        candidate = SupervisionContext.cadre(context, SupervisionContext.WENJIANG, "王强", "TOWNSHIP_DEPUTY");
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    private IntakeSubmission submission(Optional<IntakeCandidate> about, List<IntakeAttachment> files) {
        return new IntakeSubmission(
                SupervisionContext.WENJIANG,
                ReportCategory.PROMOTED_WITH_PROBLEMS.name(),
                "反映拟任人选带病提拔",
                Optional.empty(),
                Optional.empty(),
                about,
                files,
                SupervisionContext.TODAY);
    }

    @Test
    void theFormOffersEveryCategoryOfTheChannel() {
        assertThat(form.kind()).isEqualTo("supervision.report");
        assertThat(form.categories()).hasSize(ReportCategory.values().length);
    }

    @Test
    void anAnonymousWebReportIsKeptAsReceivedWithItsFilesAndTheReportHoldersAreNotified() {
        byte[] pdf = "%PDF-1.4 x".getBytes();
        UUID id = UUID.fromString(form.receive(
                submission(Optional.empty(), List.of(new IntakeAttachment("a.pdf", "application/pdf", pdf)))));
        ReportService.ReportView view = new ReportService(context).read(id).orElseThrow();
        assertThat(view.report().status()).isEqualTo(ReportStatus.RECEIVED);
        assertThat(view.report().channel()).isEqualTo(ReportChannel.WEB);
        assertThat(view.report().realName()).isFalse();
        List<ReportFileEntity> files = context.persistence()
                .inTransaction(em -> em.createQuery("select f from ReportFileEntity f", ReportFileEntity.class)
                        .getResultList());
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.reportId()).isEqualTo(id);
            assertThat(f.content()).isEqualTo(pdf);
        });
        Map<String, Notice> notices = context.notices(SupervisionContext.WENJIANG);
        assertThat(notices).containsKey(PublicReportService.NOTICE + id);
        assertThat(notices.get(PublicReportService.NOTICE + id).audience()).isEqualTo(SupervisionPermissions.REPORTS);
        assertThat(context.audited()).extracting(RecordedAudit.Entry::action).contains("report.receive");
    }

    @Test
    void aReportAboutACandidateNamesTheCadreAndKeepsTheCaseAndObjection() {
        UUID caseId = UUID.randomUUID();
        UUID objection = UUID.randomUUID();
        UUID id = UUID.fromString(form.receive(
                submission(Optional.of(new IntakeCandidate(caseId, candidate.id(), "王强", objection)), List.of())));
        assertThat(new ReportService(context).read(id).orElseThrow().subjects())
                .extracting(CadreRef::id)
                .containsExactly(candidate.id());
        PublicReportEntity origin = context.persistence().inTransaction(em -> em.find(PublicReportEntity.class, id));
        assertThat(origin.caseId()).contains(caseId);
        assertThat(origin.objectionId()).contains(objection);
        assertThat(context.notices(SupervisionContext.WENJIANG)
                        .get(PublicReportService.NOTICE + id)
                        .messageKey())
                .isEqualTo("supervision.notice.publicCandidate");
    }

    @Test
    void theReceiptReadsTheStateAndTheConclusionButNotTheFindings() {
        UUID id = UUID.fromString(form.receive(submission(Optional.empty(), List.of())));
        assertThat(form.outcome(id.toString()))
                .contains(new IntakeOutcome("supervision.public.status.RECEIVED", Optional.empty()));
        ReportSteps steps = new ReportSteps(context);
        steps.register(id);
        assertThat(context.notices(SupervisionContext.WENJIANG)).doesNotContainKey(PublicReportService.NOTICE + id);
        assertThat(form.outcome(id.toString()).orElseThrow().statusKey())
                .isEqualTo("supervision.public.status.HANDLING");
        steps.accept(id, HandlingType.JU_HE);
        steps.assign(id, Assignment.OWN, "干部监督科");
        steps.investigate(id);
        steps.conclude(id, Conclusion.UNSUBSTANTIATED, "内部核查意见：不属实，详见卷宗");
        IntakeOutcome outcome = form.outcome(id.toString()).orElseThrow();
        assertThat(outcome)
                .isEqualTo(new IntakeOutcome(
                        "supervision.public.status.CONCLUDED",
                        Optional.of("supervision.public.outcome.UNSUBSTANTIATED")));
        assertThat(outcome.toString()).doesNotContain("内部核查意见");
        assertThat(form.outcome("not-a-uuid")).isEmpty();
        assertThat(form.outcome(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void anotherCountyReadsNothingOfItAndCannotFileIntoIt() {
        UUID id = UUID.fromString(form.receive(submission(Optional.empty(), List.of())));
        context.actAs(TestTenancy.reading(Set.of(SupervisionContext.PIDU)));
        assertThat(form.outcome(id.toString())).isEmpty();
        context.actAs(TestTenancy.writing(SupervisionContext.PIDU));
        assertThatThrownBy(() -> form.receive(submission(Optional.empty(), List.of())))
                .isInstanceOf(IllegalStateException.class);
    }
}
