package cn.zugong.plugin.rotation.service;

import static cn.zugong.plugin.rotation.testing.Careers.EDUCATION;
import static cn.zugong.plugin.rotation.testing.Careers.FINANCE_BUREAU;
import static cn.zugong.plugin.rotation.testing.Careers.PARTY;
import static cn.zugong.plugin.rotation.testing.Careers.career;
import static cn.zugong.plugin.rotation.testing.Careers.held;
import static cn.zugong.plugin.rotation.testing.Careers.relative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.PositionRef;
import cn.zugong.api.career.UnitRef;
import cn.zugong.api.selection.ExchangeRequest;
import cn.zugong.api.selection.ExchangeType;
import cn.zugong.plugin.rotation.Problem;
import cn.zugong.plugin.rotation.data.SavedPlan;
import cn.zugong.plugin.rotation.exchange.PlanStatus;
import cn.zugong.plugin.rotation.plan.Mover;
import cn.zugong.plugin.rotation.testing.RotationContext;
import cn.zugong.testkit.context.CadreFixtures;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An exchange plan from the due list to approval on the in-memory platform: saved and read back,
 * solved with the officer's pins and forbids, approved into one selection case of kind 交流 per move,
 * and kept from another county.
 */
class ExchangePlanFlowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String LEVEL = "COUNTY_DEPUTY";

    private final InMemoryPluginContext platform = RotationContext.create(CadreFixtures.WENJIANG, TODAY);
    private final PlanDrafts drafts = new PlanDrafts(platform);
    private final PlanSolving solving = new PlanSolving(platform);
    private final PlanApproval approval = new PlanApproval(platform);
    private final CadreCareer due =
            platform.careers().put(career("张伟", held(PARTY, "副书记", LEVEL, false, TODAY.minusYears(10))));
    private final PositionRef education = vacancy(EDUCATION, 1);
    private final PositionRef finance = vacancy(FINANCE_BUREAU, 1);

    ExchangePlanFlowTest() {
        // His wife is a clerk of the education bureau: its deputy post is barred to him (V-E2).
        platform.careers().put(career("李娜", held(EDUCATION, "科员", null, false, TODAY.minusYears(3))));
        platform.careers().family(due.cadreId(), List.of(relative("妻子", "SPOUSE", "李娜", "温江区教育局")));
    }

    @AfterEach
    void close() {
        platform.close();
    }

    @Test
    void theMustListAndTheVacanciesMakeADraftThatIsSavedAndReadBackAsLeft() {
        SavedPlan draft = draft();
        assertThat(draft.moves()).singleElement().satisfies(m -> {
            assertThat(m.cadreId()).isEqualTo(due.cadreId());
            assertThat(m.reason()).isEqualTo(Mover.Reason.MUST);
            assertThat(m.exchangeReason()).as("long in one post: 第四条 (3)").isEqualTo(3);
        });
        assertThat(draft.posts())
                .extracting(SavedPlan.Post::positionId)
                .containsExactlyInAnyOrder(education.id(), finance.id());
        SavedPlan pinned = with(draft, move(draft, Optional.of(finance.id()), true, Set.of(education.id())));

        assertThat(drafts.save(CadreFixtures.WENJIANG, pinned, 0L, -5L)).isEmpty();

        SavedPlan read = drafts.find(CadreFixtures.WENJIANG, draft.id()).orElseThrow();
        assertThat(read.moves()).containsExactlyElementsOf(pinned.moves());
        assertThat(read.posts()).containsExactlyInAnyOrderElementsOf(pinned.posts());
        assertThat(read.hardScore()).contains(0L);
        assertThat(read.softScore()).contains(-5L);
    }

    @Test
    void theSolverMovesTheCadreAwayFromHisWifesOrganKeepsAPinnedStayAndNeverProposesAForbiddenPost() {
        SavedPlan draft = draft();

        SavedPlan solved = solving.solve(CadreFixtures.WENJIANG, draft).plan();
        assertThat(solved.moves().getFirst().positionId()).contains(finance.id());
        assertThat(solved.hardScore()).contains(0L);

        SavedPlan staying = solving.solve(
                        CadreFixtures.WENJIANG, with(draft, move(draft, Optional.empty(), true, Set.of())))
                .plan();
        assertThat(staying.moves().getFirst().positionId()).as("pinned to stay").isEmpty();

        SavedPlan forbidden = solving.solve(
                        CadreFixtures.WENJIANG, with(draft, move(draft, Optional.empty(), false, Set.of(finance.id()))))
                .plan();
        assertThat(forbidden.moves().getFirst().positionId())
                .as("finance forbidden, education barred by V-E2: he stays")
                .isEmpty();
    }

    @Test
    void theExplanationOfAMoveNamesTheConstraintsWeighingOnIt() {
        PlanSolving.Solved solved = solving.solve(CadreFixtures.WENJIANG, draft());

        assertThat(solved.explanations()).singleElement().satisfies(e -> {
            assertThat(e.post()).map(p -> p.id()).contains(finance.id());
            assertThat(e.impacts()).extracting(i -> i.constraint()).contains("moves");
        });
    }

    @Test
    void approvalOpensOneExchangeCasePerMoveInTheSelectionModuleAndTheApprovedPlanChangesNoMore() {
        SavedPlan solved = solving.solve(CadreFixtures.WENJIANG, draft()).plan();
        assertThat(drafts.save(CadreFixtures.WENJIANG, solved, 0L, 0L)).isEmpty();

        assertThat(approval.approve(CadreFixtures.WENJIANG, solved.id())).isEmpty();

        SavedPlan approved = drafts.find(CadreFixtures.WENJIANG, solved.id()).orElseThrow();
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        UUID caseId = approved.moves().getFirst().caseId().orElseThrow();
        ExchangeRequest request = platform.selectionCases().exchange(caseId).orElseThrow();
        assertThat(request)
                .isEqualTo(new ExchangeRequest(due.cadreId(), finance.id(), ExchangeType.REASSIGNMENT, 3, "2027年交流方案"));
        assertThat(platform.selectionCases().open()).extracting(c -> c.id()).contains(caseId);
        assertThat(new ExchangeCases(platform).list(CadreFixtures.WENJIANG))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.caseId()).isEqualTo(caseId);
                    assertThat(e.positionId()).isEqualTo(finance.id());
                });
        assertThat(approval.approve(CadreFixtures.WENJIANG, solved.id()))
                .extracting(Problem::key)
                .containsExactly("rotation.plan.error.approved");
        assertThat(drafts.save(CadreFixtures.WENJIANG, solved, 0L, 0L))
                .extracting(Problem::key)
                .containsExactly("rotation.plan.error.approved");
        assertThat(platform.audited()).anyMatch(a -> a.action().equals(AuditedActions.PLAN_APPROVE));
    }

    @Test
    void aPlanBreakingAHardRuleOrMovingNobodyIsNotApproved() {
        SavedPlan draft = draft();
        assertThat(drafts.save(CadreFixtures.WENJIANG, draft, null, null)).isEmpty();
        assertThat(approval.approve(CadreFixtures.WENJIANG, draft.id()))
                .extracting(Problem::key)
                .containsExactly("rotation.plan.error.noMove");

        SavedPlan barred = with(draft, move(draft, Optional.of(education.id()), true, Set.of()));
        assertThat(drafts.save(CadreFixtures.WENJIANG, barred, null, null)).isEmpty();
        assertThat(approval.approve(CadreFixtures.WENJIANG, draft.id()))
                .extracting(Problem::key)
                .containsExactly("rotation.plan.error.hard");
        assertThat(platform.selectionCases().open()).isEmpty();
    }

    @Test
    void aPlanNameIsRequiredAndAMoveToAPostThePlanDoesNotOfferIsRefused() {
        assertThat(drafts.create(CadreFixtures.WENJIANG, "  ").problems())
                .extracting(Problem::key)
                .containsExactly("rotation.plan.error.name");
        assertThat(drafts.create(CadreFixtures.WENJIANG, "方".repeat(PlanDrafts.MAX_NAME + 1))
                        .problems())
                .extracting(Problem::key)
                .containsExactly("rotation.plan.error.nameTooLong");
        SavedPlan draft = draft();
        SavedPlan elsewhere = with(draft, move(draft, Optional.of(UUID.randomUUID()), false, Set.of()));
        assertThat(drafts.save(CadreFixtures.WENJIANG, elsewhere, null, null))
                .extracting(Problem::key)
                .containsExactly("rotation.plan.error.postNotOffered");
    }

    @Test
    void piduNeitherSeesNorChangesNorApprovesWenjiangsPlan() {
        SavedPlan draft = draft();
        assertThat(drafts.save(CadreFixtures.WENJIANG, draft, null, null)).isEmpty();

        platform.actAs(TestTenancy.writing(CadreFixtures.PIDU));
        assertThat(drafts.list(CadreFixtures.PIDU)).isEmpty();
        assertThat(drafts.find(CadreFixtures.PIDU, draft.id())).isEmpty();
        assertThat(drafts.save(CadreFixtures.PIDU, draft, null, null))
                .extracting(Problem::key)
                .containsExactly("rotation.plan.error.notFound");
        assertThat(approval.approve(CadreFixtures.PIDU, draft.id()))
                .extracting(Problem::key)
                .containsExactly("rotation.plan.error.notFound");
        assertThat(drafts.picked(CadreFixtures.PIDU, due.cadreId()))
                .as("Wenjiang's cadre")
                .isEmpty();
        assertThatThrownBy(() -> drafts.create(CadreFixtures.WENJIANG, "越权")).isInstanceOf(IllegalStateException.class);
        platform.actAs(TestTenancy.writing(CadreFixtures.WENJIANG));
        assertThat(drafts.find(CadreFixtures.WENJIANG, draft.id())).isPresent();
    }

    private SavedPlan draft() {
        UUID id = drafts.create(CadreFixtures.WENJIANG, "2027年交流方案").id().orElseThrow();
        SavedPlan empty = drafts.find(CadreFixtures.WENJIANG, id).orElseThrow();
        return new SavedPlan(
                empty.id(),
                empty.name(),
                empty.status(),
                Optional.empty(),
                Optional.empty(),
                empty.createdOn(),
                Optional.empty(),
                drafts.vacancies(),
                drafts.fromList(CadreFixtures.WENJIANG, Mover.Reason.MUST));
    }

    private static SavedPlan.Move move(SavedPlan plan, Optional<UUID> post, boolean pinned, Set<UUID> forbidden) {
        SavedPlan.Move m = plan.moves().getFirst();
        return new SavedPlan.Move(
                m.cadreId(),
                m.name(),
                m.level(),
                m.reason(),
                m.yearsInPost(),
                post,
                pinned,
                forbidden,
                m.exchangeType(),
                m.exchangeReason(),
                m.caseId());
    }

    private static SavedPlan with(SavedPlan plan, SavedPlan.Move move) {
        return new SavedPlan(
                plan.id(),
                plan.name(),
                plan.status(),
                plan.hardScore(),
                plan.softScore(),
                plan.createdOn(),
                plan.approvedOn(),
                plan.posts(),
                List.of(move));
    }

    private PositionRef vacancy(UnitRef unit, int seats) {
        return platform.careers()
                .vacancy(
                        CadreFixtures.WENJIANG,
                        new PositionRef(
                                UUID.randomUUID(),
                                unit.id(),
                                unit.name(),
                                "副局长",
                                Optional.of(LEVEL),
                                false,
                                false,
                                seats));
    }
}
